package com.webook.sms.domain;

import java.util.List;
import java.util.regex.Pattern;

/** The rules a message's numbers and arguments follow before any vendor sees them. */
public final class SmsMessages {

    public static final int MAX_NUMBERS = 100;
    public static final int MAX_ARGS = 10;
    public static final int MAX_ARG_LENGTH = 64;
    private static final Pattern NUMBER = Pattern.compile("^\\+?[0-9]{5,20}$");

    private SmsMessages() {
    }

    /** Refuses numbers and arguments that break a rule with {@link Rejection#INVALID_ARGUMENT}. */
    public static void check(List<String> args, List<String> numbers) {
        if (numbers == null || numbers.isEmpty()) {
            throw SmsRejected.invalid("phoneNumbers: at least one number is required");
        }
        if (numbers.size() > MAX_NUMBERS) {
            throw SmsRejected.invalid("phoneNumbers: at most " + MAX_NUMBERS + " numbers per message");
        }
        for (String number : numbers) {
            if (number == null || !NUMBER.matcher(number).matches()) {
                throw SmsRejected.invalid("phoneNumbers: each number is 5 to 20 digits with an optional leading +");
            }
        }
        if (args == null) {
            throw SmsRejected.invalid("args: a list is required (it may be empty)");
        }
        if (args.size() > MAX_ARGS) {
            throw SmsRejected.invalid("args: at most " + MAX_ARGS + " arguments");
        }
        for (String arg : args) {
            if (arg == null || arg.length() > MAX_ARG_LENGTH) {
                throw SmsRejected.invalid("args: each argument is a text of at most " + MAX_ARG_LENGTH + " characters");
            }
        }
    }
}
