package com.webook.governance.console.infrastructure;

import java.util.List;
import java.util.regex.Pattern;

import com.webook.governance.console.application.Rejected;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The console's operators in MySQL ({@code gov_user}), passwords as bcrypt hashes; there is no default one. */
public class ConsoleUsers implements UserDetailsService {

    public static final int MIN_PASSWORD = 12;
    private static final Pattern USERNAME = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9_.\\-]{0,63}");

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;

    public ConsoleUsers(JdbcClient jdbc, PasswordEncoder passwords) {
        this.jdbc = jdbc;
        this.passwords = passwords;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return jdbc.sql("SELECT username, password_hash FROM gov_user WHERE username = ?").param(username)
                .query((rs, row) -> User.withUsername(rs.getString("username")).password(rs.getString("password_hash"))
                        .roles("OPERATOR").build())
                .optional().orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM gov_user").query(Long.class).single();
    }

    public List<String> list() {
        return jdbc.sql("SELECT username FROM gov_user ORDER BY username").query(String.class).list();
    }

    public void create(String username, String password) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw Rejected.invalid("username must be 1 to 64 letters, digits, _ . -");
        }
        checkPassword(password);
        try {
            jdbc.sql("INSERT INTO gov_user (username, password_hash) VALUES (?, ?)")
                    .params(username, passwords.encode(password)).update();
        } catch (DuplicateKeyException e) {
            throw Rejected.conflict("a user named " + username + " exists");
        }
    }

    public void setPassword(String username, String password) {
        checkPassword(password);
        if (jdbc.sql("UPDATE gov_user SET password_hash = ? WHERE username = ?")
                .params(passwords.encode(password), username).update() == 0) {
            throw Rejected.notFound("no user " + username);
        }
    }

    /** Creates the first operator unless there are users already; whether it did. */
    public boolean createFirst(String username, String password) {
        if (count() > 0) {
            return false;
        }
        create(username, password);
        return true;
    }

    private static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD || password.length() > 72) {
            throw Rejected.invalid("password must be " + MIN_PASSWORD + " to 72 characters");
        }
    }
}
