package com.webook.user.application;

import com.webook.user.domain.PasswordHasher;

/** A transparent stand-in for bcrypt that counts how often a hash is checked. */
class CountingHasher implements PasswordHasher {

    int checks;

    @Override
    public String hash(String rawPassword) {
        return "hashed:" + rawPassword;
    }

    @Override
    public boolean matches(String rawPassword, String hash) {
        checks++;
        return hash.equals("hashed:" + rawPassword);
    }
}
