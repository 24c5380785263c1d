package com.webook.governance.console.application;

/** A request the console refuses, with a message for the operator and what kind of refusal it is. */
public class Rejected extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Kind { INVALID, NOT_FOUND, CONFLICT, FORBIDDEN, UNAVAILABLE }

    private final Kind kind;

    public Rejected(Kind kind, String message) {
        super(message, null, false, false);
        this.kind = kind;
    }

    public static Rejected invalid(String message) {
        return new Rejected(Kind.INVALID, message);
    }

    public static Rejected notFound(String message) {
        return new Rejected(Kind.NOT_FOUND, message);
    }

    public static Rejected conflict(String message) {
        return new Rejected(Kind.CONFLICT, message);
    }

    public Kind kind() {
        return kind;
    }
}
