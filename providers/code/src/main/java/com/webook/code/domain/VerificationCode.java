package com.webook.code.domain;

import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/** Six decimal digits, zero-padded: {@code 004213} is a code like any other. */
public record VerificationCode(String digits) {

    public static final int LENGTH = 6;
    private static final int BOUND = 1_000_000;
    private static final Pattern FORMAT = Pattern.compile("^[0-9]{6}$");

    public VerificationCode {
        if (digits == null || !FORMAT.matcher(digits).matches()) {
            throw CodeRejected.invalid("code must be the 6 digits received by SMS");
        }
    }

    /** A fresh code; {@code random} must be a secure source (SecureRandom) outside tests. */
    public static VerificationCode draw(RandomGenerator random) {
        return new VerificationCode(String.format("%06d", random.nextInt(BOUND)));
    }

    @Override
    public String toString() {
        return "VerificationCode[******]";
    }
}
