package com.webook.interactive.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FolderNameTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "INVALID", textBlock = """
            plain                    | reading       | reading
            trimmed                  | '  reading '  | reading
            one character            | x             | x
            CJK                      | 稍后阅读       | 稍后阅读
            emoji                    | 📚 books      | 📚 books
            quotes and SQL           | it's; --      | it's; --
            blank                    | '   '         | INVALID
            empty                    | ''            | INVALID
            lone surrogate           | x\uD800y      | INVALID
            ANSI escape              | a\u001B[31mx  | INVALID
            bidi override            | a\u202Eb      | INVALID
            invisible only           | \u200B\u3164  | INVALID
            """)
    void checksAndTrims(String name, String raw, String expected) {
        if (expected == null) {
            assertThatThrownBy(() -> FolderName.check(raw)).isInstanceOf(InteractiveRejected.class);
        } else {
            assertThat(FolderName.check(raw)).isEqualTo(expected);
        }
    }

    @ParameterizedTest(name = "{0} characters")
    @CsvSource({"64, true", "65, false"})
    void countsCodePointsNotUtf16Units(int length, boolean allowed) {
        String name = "🎵".repeat(length);

        if (allowed) {
            assertThat(FolderName.check(name)).isEqualTo(name);
        } else {
            assertThatThrownBy(() -> FolderName.check(name)).isInstanceOf(InteractiveRejected.class)
                    .hasMessage("name must have at most 64 characters");
        }
    }
}
