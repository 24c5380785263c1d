package com.webook.job.web;

import com.webook.job.application.Operator;
import com.webook.job.infrastructure.security.ConsoleUser;
import org.springframework.security.core.Authentication;

/** The operator behind a request's authentication. */
final class Operators {

    private Operators() {
    }

    static Operator of(Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof ConsoleUser user) {
            return user.operator();
        }
        throw new IllegalStateException("not a console user: " + authentication);
    }
}
