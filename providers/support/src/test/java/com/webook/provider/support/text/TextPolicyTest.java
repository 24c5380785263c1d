package com.webook.provider.support.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TextPolicyTest {

    static Stream<Arguments> namesPeopleUse() {
        return Stream.of(
                Arguments.of("plain", "Ada"),
                Arguments.of("CJK", "艾达"),
                Arguments.of("emoji with a joiner", "\uD83D\uDC69\u200D\uD83D\uDCBB"),
                Arguments.of("emoji with a variation selector", "\u2764\uFE0F"),
                Arguments.of("a flag with tags",
                        "\uD83C\uDFF4\uDB40\uDC67\uDB40\uDC62\uDB40\uDC65\uDB40\uDC6E\uDB40\uDC67\uDB40\uDC7F"),
                Arguments.of("Arabic with a right-to-left mark", "\u0639\u0644\u064A\u200F"),
                Arguments.of("inner spaces", "Ada Lovelace"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("namesPeopleUse")
    void namesPeopleUseAreAccepted(String name, String text) {
        assertThat(TextPolicy.problemWithName(text)).isNull();
    }

    static Stream<Arguments> namesThatHideOrScramble() {
        return Stream.of(
                Arguments.of("a lone high surrogate", "x\uD800y", "unpaired surrogate"),
                Arguments.of("a lone low surrogate", "x\uDC00y", "unpaired surrogate"),
                Arguments.of("a surrogate at the end", "x\uD83D", "unpaired surrogate"),
                Arguments.of("NUL", "a\0b", "control character"),
                Arguments.of("an ANSI escape", "\033[31mred", "control character"),
                Arguments.of("a line break", "a\nb", "control character"),
                Arguments.of("a C1 control", "a\u0085b", "control character"),
                Arguments.of("a right-to-left override", "abc\u202Egpj.exe", "bidirectional"),
                Arguments.of("a left-to-right isolate", "a\u2066b", "bidirectional"),
                Arguments.of("zero-width spaces only", "\u200B\u200B", "nothing but blanks"),
                Arguments.of("Hangul fillers only", "\u3164\u3164", "nothing but blanks"),
                Arguments.of("combining marks only", "\u0301\u0302", "nothing but blanks"),
                Arguments.of("an ideographic space only", "\u3000", "nothing but blanks"),
                Arguments.of("a Braille blank only", "\u2800", "nothing but blanks"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("namesThatHideOrScramble")
    void namesThatHideOrScrambleAreRefused(String name, String text, String why) {
        assertThat(TextPolicy.problemWithName(text)).contains(why);
    }

    static Stream<Arguments> longerTexts() {
        return Stream.of(
                Arguments.of("line breaks and tabs", "first\n\tsecond\r\n", null),
                Arguments.of("only a blank", "\u200B", null),
                Arguments.of("NUL", "a\0b", "control character"),
                Arguments.of("a bidi override", "see \u202Ethis", "bidirectional"),
                Arguments.of("a lone surrogate", "a\uD800", "unpaired surrogate"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("longerTexts")
    void longerTextsMayBreakLinesButFollowTheSameRule(String name, String text, String why) {
        if (why == null) {
            assertThat(TextPolicy.problemWithText(text)).isNull();
        } else {
            assertThat(TextPolicy.problemWithText(text)).contains(why);
        }
    }
}
