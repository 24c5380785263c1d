package com.webook.job.infrastructure.security;

import java.util.List;
import java.util.Set;

import com.webook.job.application.Operator;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** A console user as Spring Security holds it, with the operator it acts as. */
public class ConsoleUser extends User {

    private final Operator operator;

    public ConsoleUser(String username, String passwordHash, Operator.Role role, Set<String> apps) {
        super(username, passwordHash, List.of(new SimpleGrantedAuthority("ROLE_" + role.name())));
        this.operator = new Operator(username, role, apps);
    }

    public Operator operator() {
        return operator;
    }
}
