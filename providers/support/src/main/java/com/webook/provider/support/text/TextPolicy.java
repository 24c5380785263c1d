package com.webook.provider.support.text;

/**
 * The platform's one rule for text users give it, in every context: names and titles are one line of
 * visible text, longer texts (an about-me, an article's Markdown) may break lines. Neither may hold
 * <ul>
 *   <li>an unpaired surrogate (not text at all; MySQL would store a {@code ?});</li>
 *   <li>a control character (NUL, ANSI escapes, ...), apart from tab and line breaks in longer texts;</li>
 *   <li>a bidirectional override, embedding or isolate (U+202A–U+202E, U+2066–U+2069), which make text
 *       display in another order than it is stored ("Trojan source");</li>
 * </ul>
 * and a name must show something: not only spaces, format characters, combining marks or the Hangul
 * and Braille blanks. Joiners, variation selectors and emoji tags stay allowed (emoji and many scripts
 * need them). Plain Java: domains use it.
 */
public final class TextPolicy {

    private TextPolicy() {
    }

    /** Why {@code text} cannot be a name or a title, or null when it can. */
    public static String problemWithName(String text) {
        return problem(text, false);
    }

    /** Why {@code text} cannot be a longer text (line breaks allowed), or null when it can. */
    public static String problemWithText(String text) {
        return problem(text, true);
    }

    private static String problem(String text, boolean multiLine) {
        boolean visible = false;
        for (int i = 0; i < text.length(); ) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                if (!Character.isHighSurrogate(c) || i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return "is not well-formed text (an unpaired surrogate)";
                }
            }
            int codePoint = text.codePointAt(i);
            if (Character.getType(codePoint) == Character.CONTROL && !(multiLine && lineBreakOrTab(codePoint))) {
                return "contains a control character";
            }
            if (bidiControl(codePoint)) {
                return "contains a bidirectional formatting character";
            }
            visible |= !invisible(codePoint);
            i += Character.charCount(codePoint);
        }
        return multiLine || visible ? null : "shows nothing but blanks";
    }

    private static boolean lineBreakOrTab(int codePoint) {
        return codePoint == '\n' || codePoint == '\r' || codePoint == '\t';
    }

    private static boolean bidiControl(int codePoint) {
        return codePoint >= 0x202A && codePoint <= 0x202E || codePoint >= 0x2066 && codePoint <= 0x2069;
    }

    private static boolean invisible(int codePoint) {
        int type = Character.getType(codePoint);
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)
                || type == Character.FORMAT || type == Character.CONTROL
                || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || codePoint == 0x115F || codePoint == 0x1160 || codePoint == 0x3164 || codePoint == 0xFFA0
                || codePoint == 0x2800;
    }
}
