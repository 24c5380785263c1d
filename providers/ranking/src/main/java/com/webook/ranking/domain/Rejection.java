package com.webook.ranking.domain;

/** Why the ranking context refused a request; the caller can act on each. */
public enum Rejection {
    INVALID_ARGUMENT
}
