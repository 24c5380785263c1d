package com.webook.job.application;

import java.util.Set;

import com.webook.job.domain.JobRejected;

/**
 * Who is acting in the console or the API: an ADMIN may do everything (users included); an OPERATOR sees
 * and changes only the jobs and executors of the apps named for them.
 */
public record Operator(String username, Role role, Set<String> apps) {

    public enum Role { ADMIN, OPERATOR }

    public Operator {
        apps = Set.copyOf(apps);
    }

    public boolean admin() {
        return role == Role.ADMIN;
    }

    public boolean mayOperate(String app) {
        return admin() || apps.contains(app);
    }

    /** The apps this operator's queries are limited to: empty for an admin (all of them). */
    public Set<String> scope() {
        return admin() ? Set.of() : apps;
    }

    public void require(String app) {
        if (!mayOperate(app)) {
            throw JobRejected.forbidden(username + " may not operate the app " + app);
        }
    }

    public void requireAdmin() {
        if (!admin()) {
            throw JobRejected.forbidden("only an admin may do this");
        }
    }
}
