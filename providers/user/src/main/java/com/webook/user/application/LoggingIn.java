package com.webook.user.application;

import java.util.Optional;

import com.webook.user.domain.Credentials;
import com.webook.user.domain.EmailAddress;
import com.webook.user.domain.PasswordHasher;
import com.webook.user.domain.Rejection;
import com.webook.user.domain.User;
import com.webook.user.domain.UserRejected;
import com.webook.user.domain.UserRepository;

/**
 * Checks an email and password. An unknown email, an account without a password and a wrong
 * password all get the same answer, and take about as long: a hash is checked in every case.
 */
public class LoggingIn {

    private final UserRepository users;
    private final PasswordHasher hasher;
    /** Compared against when there is no stored hash, so a miss costs what a wrong password costs. */
    private final String decoyHash;

    public LoggingIn(UserRepository users, PasswordHasher hasher) {
        this.users = users;
        this.hasher = hasher;
        this.decoyHash = hasher.hash("decoy-password-never-matches-1!");
    }

    public User logIn(String email, String password) {
        if (password == null) {
            throw invalidCredentials();
        }
        Optional<Credentials> credentials = EmailAddress.tryNormalize(email).flatMap(users::findCredentials);
        String hash = credentials.map(Credentials::passwordHash).orElse(null);
        boolean matches = hasher.matches(password, hash == null ? decoyHash : hash);
        if (hash == null || !matches) {
            throw invalidCredentials();
        }
        return users.find(credentials.get().userId()).orElseThrow(LoggingIn::invalidCredentials);
    }

    private static UserRejected invalidCredentials() {
        return new UserRejected(Rejection.INVALID_CREDENTIALS, "wrong email or password");
    }
}
