package com.webook.user.domain;

/** One-way password hashing (bcrypt in production). */
public interface PasswordHasher {

    String hash(String rawPassword);

    boolean matches(String rawPassword, String hash);
}
