package com.webook.user.domain;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.Clock;

import com.webook.provider.support.text.TextPolicy;

/**
 * The part of a user that the user edits. Rules: nickname 1–64 characters of visible text, birthday
 * from 1900 and not in the future anywhere on Earth, about-me at most 1024 characters; both texts follow
 * the platform's {@link TextPolicy}. Lengths count characters as people see them (code points), so emoji
 * and CJK count one each.
 */
public record Profile(String nickname, LocalDate birthday, String aboutMe) {

    public static final int NICKNAME_MAX = 64;
    public static final int ABOUT_ME_MAX = 1024;
    public static final LocalDate EARLIEST_BIRTHDAY = LocalDate.of(1900, 1, 1);
    /** The zone whose date is furthest ahead: a birthday after its today is in the future everywhere. */
    private static final ZoneOffset EARLIEST_ZONE = ZoneOffset.ofHours(14);

    public static final Profile EMPTY = new Profile(null, null, null);

    /** A profile that satisfies the rules, or a rejection naming the first field that breaks one. */
    public static Profile edited(String nickname, LocalDate birthday, String aboutMe, Clock clock) {
        if (nickname == null || nickname.isBlank()) {
            throw UserRejected.invalid("nickname is required");
        }
        String name = nickname.strip();
        String problem = TextPolicy.problemWithName(name);
        if (problem != null) {
            throw UserRejected.invalid("nickname " + problem);
        }
        if (codePoints(name) > NICKNAME_MAX) {
            throw UserRejected.invalid("nickname must have at most 64 characters");
        }
        if (birthday != null && birthday.isAfter(LocalDate.now(clock.withZone(EARLIEST_ZONE)))) {
            throw UserRejected.invalid("birthday must not be in the future");
        }
        if (birthday != null && birthday.isBefore(EARLIEST_BIRTHDAY)) {
            throw UserRejected.invalid("birthday must be in 1900 or later");
        }
        String about = aboutMe == null ? "" : aboutMe;
        String aboutProblem = TextPolicy.problemWithText(about);
        if (aboutProblem != null) {
            throw UserRejected.invalid("aboutMe " + aboutProblem);
        }
        if (codePoints(about) > ABOUT_ME_MAX) {
            throw UserRejected.invalid("aboutMe must have at most 1024 characters");
        }
        return new Profile(name, birthday, about);
    }

    private static int codePoints(String s) {
        return s.codePointCount(0, s.length());
    }
}
