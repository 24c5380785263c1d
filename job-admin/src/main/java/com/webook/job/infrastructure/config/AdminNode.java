package com.webook.job.infrastructure.config;

/** This admin's name among the admins (in leases, in the runs it sends): new at every start. */
public record AdminNode(String id) {
}
