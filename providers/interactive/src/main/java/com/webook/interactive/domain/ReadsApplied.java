package com.webook.interactive.domain;

/** What applying a batch of read events did: how many were counted and how many had been counted before. */
public record ReadsApplied(int applied, int duplicates) {
}
