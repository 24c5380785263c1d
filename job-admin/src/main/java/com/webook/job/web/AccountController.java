package com.webook.job.web;

import com.webook.console.kit.Envelope;

import java.util.List;
import java.util.Map;
import java.util.Set;

import com.webook.job.application.AuditLog;
import com.webook.job.application.Operator;
import com.webook.job.domain.JobRejected;
import com.webook.job.infrastructure.security.JdbcConsoleUsers;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Who is logged in, the CSRF token for the browser, the audit log, and (admins only) the console users. */
@RestController
class AccountController {

    private final JdbcConsoleUsers users;
    private final AuditLog audit;

    AccountController(JdbcConsoleUsers users, AuditLog audit) {
        this.users = users;
        this.audit = audit;
    }

    @GetMapping("/api/v1/me")
    Envelope<Operator> me(Authentication auth) {
        return Envelope.ok(Operators.of(auth));
    }

    /** Reading the token also sets the {@code XSRF-TOKEN} cookie the console sends back as a header. */
    @GetMapping("/api/v1/csrf")
    Envelope<Map<String, String>> csrf(CsrfToken token) {
        return Envelope.ok(Map.of("header", token.getHeaderName(), "token", token.getToken()));
    }

    @GetMapping("/api/v1/audit")
    Envelope<List<AuditLog.Entry>> audit(Authentication auth, @RequestParam(defaultValue = "" + Long.MAX_VALUE) long before,
                                         @RequestParam(defaultValue = "50") int limit) {
        Operators.of(auth).requireAdmin();
        if (limit < 1 || limit > JobController.MAX_PAGE) {
            throw new JobRejected("limit must be 1 to " + JobController.MAX_PAGE);
        }
        return Envelope.ok(audit.page(before, limit));
    }

    @GetMapping("/api/v1/users")
    Envelope<List<JdbcConsoleUsers.Account>> users(Authentication auth) {
        Operators.of(auth).requireAdmin();
        return Envelope.ok(users.list());
    }

    record UserRequest(String username, String password, Operator.Role role, Set<String> apps) {
    }

    record RoleRequest(Operator.Role role, Set<String> apps) {
    }

    record PasswordRequest(String password) {
    }

    @PutMapping("/api/v1/users/{username}")
    Envelope<JdbcConsoleUsers.Account> change(Authentication auth, @PathVariable String username,
                                              @RequestBody RoleRequest request) {
        Operator admin = Operators.of(auth);
        admin.requireAdmin();
        JdbcConsoleUsers.Account account = users.change(username, request.role(), request.apps());
        audit.record(admin.username(), "user.change", "user " + username,
                account.role() + (account.apps().isEmpty() ? "" : " of " + String.join(",", account.apps())));
        return Envelope.ok(account);
    }

    /** An admin sets anyone's password; anyone sets their own. */
    @PostMapping("/api/v1/users/{username}/password")
    Envelope<Void> password(Authentication auth, @PathVariable String username, @RequestBody PasswordRequest request) {
        Operator operator = Operators.of(auth);
        if (!operator.username().equals(username)) {
            operator.requireAdmin();
        }
        users.setPassword(username, request.password());
        audit.record(operator.username(), "user.password", "user " + username, "");
        return Envelope.ok(null);
    }

    @DeleteMapping("/api/v1/users/{username}")
    Envelope<Void> delete(Authentication auth, @PathVariable String username) {
        Operator admin = Operators.of(auth);
        admin.requireAdmin();
        users.delete(username);
        audit.record(admin.username(), "user.delete", "user " + username, "");
        return Envelope.ok(null);
    }

    @PostMapping("/api/v1/users")
    Envelope<JdbcConsoleUsers.Account> create(Authentication auth, @RequestBody UserRequest request) {
        Operator admin = Operators.of(auth);
        admin.requireAdmin();
        JdbcConsoleUsers.Account account = users.create(request.username(), request.password(), request.role(),
                request.apps());
        audit.record(admin.username(), "user.create", "user " + account.username(),
                account.role() + (account.apps().isEmpty() ? "" : " of " + String.join(",", account.apps())));
        return Envelope.ok(account);
    }
}
