package com.webook.user.application;

import java.time.Clock;

import com.webook.user.domain.EmailAddress;
import com.webook.user.domain.IdentityTaken;
import com.webook.user.domain.NewUser;
import com.webook.user.domain.PasswordHasher;
import com.webook.user.domain.PasswordPolicy;
import com.webook.user.domain.Rejection;
import com.webook.user.domain.User;
import com.webook.user.domain.UserRejected;
import com.webook.user.domain.UserRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Creates an account from an email and a password. */
public class SigningUp {

    private static final Logger log = LoggerFactory.getLogger(SigningUp.class);

    private final UserRepository users;
    private final PasswordHasher hasher;
    private final Clock clock;

    public SigningUp(UserRepository users, PasswordHasher hasher, Clock clock) {
        this.users = users;
        this.hasher = hasher;
        this.clock = clock;
    }

    public User signUp(String email, String password) {
        String address = EmailAddress.normalize(email);
        PasswordPolicy.check(password);
        try {
            User created = users.store(NewUser.withEmail(address, hasher.hash(password), clock.instant()));
            log.info("account {} created by email sign-up", created.id());
            return created;
        } catch (IdentityTaken taken) {
            throw new UserRejected(Rejection.EMAIL_TAKEN, "this email is already registered");
        }
    }
}
