package com.webook.article.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DraftTest {

    private static final String MIB = "a".repeat(1 << 20);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            new article                  | 7  | 0  | Hello    | # Hi      |
            update                       | 7  | 42 | Hello    | # Hi      |
            empty content                | 7  | 0  | Hello    | ''        |
            CJK and emoji title          | 7  | 0  | 你好 🚀    | 正文        |
            author zero                  | 0  | 0  | Hello    | x         | authorId must be positive
            negative author              | -1 | 0  | Hello    | x         | authorId must be positive
            negative article id          | 7  | -5 | Hello    | x         | articleId must be 0 for a new article
            missing title                | 7  | 0  | NULL     | x         | title is required
            empty title                  | 7  | 0  | ''       | x         | title is required
            blank title                  | 7  | 0  | '   '    | x         | title is required
            missing content              | 7  | 0  | Hello    | NULL      | content is required
            """)
    void checksTheRules(String name, long authorId, long articleId, String title, String content, String expectedMessage) {
        if (expectedMessage == null) {
            Draft draft = Draft.of(authorId, articleId, title, content);
            assertThat(draft.authorId()).isEqualTo(new AuthorId(authorId));
            assertThat(draft.isNew()).isEqualTo(articleId == 0);
            assertThat(draft.title()).isEqualTo(title);
            assertThat(draft.content()).isEqualTo(content);
        } else {
            assertRejected(() -> Draft.of(authorId, articleId, title, content), expectedMessage);
        }
    }

    @Test
    void aTitleHoldsAtMost256CharactersCountingEmojiAsOne() {
        String emoji256 = "🚀".repeat(256);
        assertThat(Draft.of(7, 0, emoji256, "").title()).isEqualTo(emoji256);
        assertRejected(() -> Draft.of(7, 0, emoji256 + "x", ""), "title must have at most 256 characters");
    }

    @Test
    void contentHoldsAtMostOneMibOfUtf8() {
        assertThat(Draft.of(7, 0, "t", MIB).content()).hasSize(1 << 20);
        assertRejected(() -> Draft.of(7, 0, "t", MIB + "x"), "content must be at most 1 MiB");
        // 349,526 three-byte characters are 1,048,578 bytes: under 1 Mi characters, over 1 MiB of UTF-8.
        assertRejected(() -> Draft.of(7, 0, "t", "字".repeat(349_526)), "content must be at most 1 MiB");
        assertThat(Draft.of(7, 0, "t", "字".repeat(349_525)).content()).hasSize(349_525);
    }

    @Test
    void textThatUtf8CannotHoldIsRefusedRatherThanMangled() {
        assertRejected(() -> Draft.of(7, 0, "t", "ok \uD83D then"), "content is not well-formed text");
        assertRejected(() -> Draft.of(7, 0, "t", "\uDE80 first"), "content is not well-formed text");
        assertRejected(() -> Draft.of(7, 0, "ends in \uD83D", "x"), "title is not well-formed text");
    }

    /** The platform's text policy (see TextPolicyTest for the whole table) for both fields. */
    @Test
    void titleAndContentFollowThePlatformsTextPolicy() {
        assertRejected(() -> Draft.of(7, 0, "a\u0000b", "x"), "title contains a control character");
        assertRejected(() -> Draft.of(7, 0, "report\u202Efdp.exe", "x"), "title contains a bidirectional");
        assertRejected(() -> Draft.of(7, 0, "\u200B\u200B", "x"), "title shows nothing but blanks");
        assertRejected(() -> Draft.of(7, 0, "t", "see \u001B[2J"), "content contains a control character");
        assertThat(Draft.of(7, 0, "t", "# Notes\n\n\tNote G\r\n").content()).isEqualTo("# Notes\n\n\tNote G\r\n");
    }

    private static void assertRejected(Runnable call, String message) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(ArticleRejected.class,
                r -> assertThat(r.rejection()).isEqualTo(Rejection.INVALID_ARGUMENT)).hasMessageContaining(message);
    }
}
