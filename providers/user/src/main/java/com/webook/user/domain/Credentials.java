package com.webook.user.domain;

/** What a password log-in checks: the user and the bcrypt hash of their password (null when they have none). */
public record Credentials(UserId userId, String passwordHash) {

    @Override
    public String toString() {
        return "Credentials[userId=" + userId + ", passwordHash=***]";
    }
}
