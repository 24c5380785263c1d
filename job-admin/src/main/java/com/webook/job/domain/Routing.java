package com.webook.job.domain;

/**
 * Which executor instance of the job's app gets a run (XXL-Job's strategies). The order of candidates is
 * {@link Routes#order}; how they are tried is the dispatcher's: {@link #FAILOVER} sends to the first
 * that answers {@code /beat}, {@link #BUSYOVER} to the first that answers {@code /idleBeat} (not running
 * this job), {@link #SHARDING_BROADCAST} to every one, each with its shard index; the others send to the
 * first candidate only.
 */
public enum Routing {
    FIRST,
    LAST,
    ROUND_ROBIN,
    RANDOM,
    CONSISTENT_HASH,
    LEAST_FREQUENTLY_USED,
    LEAST_RECENTLY_USED,
    FAILOVER,
    BUSYOVER,
    SHARDING_BROADCAST
}
