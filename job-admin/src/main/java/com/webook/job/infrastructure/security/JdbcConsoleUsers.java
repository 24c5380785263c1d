package com.webook.job.infrastructure.security;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.webook.job.application.Operator;
import com.webook.job.domain.JobRejected;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Console users in MySQL ({@code job_user}), passwords as bcrypt hashes. */
public class JdbcConsoleUsers implements UserDetailsService {

    public static final int MIN_PASSWORD = 12;
    static final Pattern USERNAME = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9_.\\-]{0,63}");

    public record Account(String username, Operator.Role role, Set<String> apps) {
    }

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;

    public JdbcConsoleUsers(JdbcClient jdbc, PasswordEncoder passwords) {
        this.jdbc = jdbc;
        this.passwords = passwords;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return jdbc.sql("SELECT username, password_hash, role, apps FROM job_user WHERE username = ?").param(username)
                .query((rs, row) -> new ConsoleUser(rs.getString("username"), rs.getString("password_hash"),
                        Operator.Role.valueOf(rs.getString("role")), apps(rs.getString("apps"))))
                .optional().orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM job_user").query(Long.class).single();
    }

    public List<Account> list() {
        return jdbc.sql("SELECT username, role, apps FROM job_user ORDER BY username")
                .query((rs, row) -> new Account(rs.getString("username"), Operator.Role.valueOf(rs.getString("role")),
                        apps(rs.getString("apps"))))
                .list();
    }

    /** A new user; the password is checked for length and stored as a bcrypt hash. */
    public Account create(String username, String password, Operator.Role role, Set<String> apps) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new JobRejected("username must be 1 to 64 letters, digits, _ . -");
        }
        checkPassword(password);
        if (role == null) {
            throw new JobRejected("role must be ADMIN or OPERATOR");
        }
        Set<String> scope = role == Operator.Role.ADMIN ? Set.of() : Set.copyOf(apps == null ? Set.of() : apps);
        try {
            jdbc.sql("INSERT INTO job_user (username, password_hash, role, apps) VALUES (?, ?, ?, ?)")
                    .params(username, passwords.encode(password), role.name(), String.join(",", scope)).update();
        } catch (DuplicateKeyException e) {
            throw JobRejected.conflict("a user named " + username + " exists");
        }
        return new Account(username, role, scope);
    }

    /** Changes a user's role and apps; refuses to leave no admin. */
    public Account change(String username, Operator.Role role, Set<String> apps) {
        if (role == null) {
            throw new JobRejected("role must be ADMIN or OPERATOR");
        }
        Account current = account(username);
        if (current.role() == Operator.Role.ADMIN && role != Operator.Role.ADMIN) {
            requireAnotherAdmin(username);
        }
        Set<String> scope = role == Operator.Role.ADMIN ? Set.of() : Set.copyOf(apps == null ? Set.of() : apps);
        jdbc.sql("UPDATE job_user SET role = ?, apps = ? WHERE username = ?").params(role.name(), String.join(",", scope),
                username).update();
        return new Account(username, role, scope);
    }

    /** Sets a new password (checked as at creation). */
    public void setPassword(String username, String password) {
        account(username);
        checkPassword(password);
        jdbc.sql("UPDATE job_user SET password_hash = ? WHERE username = ?").params(passwords.encode(password), username)
                .update();
    }

    /** Deletes a user; refuses to delete the last admin. */
    public void delete(String username) {
        Account current = account(username);
        if (current.role() == Operator.Role.ADMIN) {
            requireAnotherAdmin(username);
        }
        jdbc.sql("DELETE FROM job_user WHERE username = ?").param(username).update();
    }

    private Account account(String username) {
        return list().stream().filter(a -> a.username().equals(username)).findFirst()
                .orElseThrow(() -> JobRejected.notFound("no user " + username));
    }

    private void requireAnotherAdmin(String username) {
        long admins = jdbc.sql("SELECT COUNT(*) FROM job_user WHERE role = 'ADMIN' AND username <> ?").param(username)
                .query(Long.class).single();
        if (admins == 0) {
            throw JobRejected.conflict(username + " is the last admin");
        }
    }

    private static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD || password.length() > 72) {
            throw new JobRejected("password must be " + MIN_PASSWORD + " to 72 characters");
        }
    }

    /** Creates the first admin unless there are users already; whether it did. */
    public boolean createFirstAdmin(String username, String password) {
        if (count() > 0) {
            return false;
        }
        create(username, password, Operator.Role.ADMIN, Set.of());
        return true;
    }

    static Set<String> apps(String apps) {
        if (apps == null || apps.isBlank()) {
            return Set.of();
        }
        return new LinkedHashSet<>(Arrays.asList(apps.split(",")));
    }
}
