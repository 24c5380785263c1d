package com.webook.job.application;

import java.time.Instant;
import java.util.Set;

/** Where alarms are posted (port): the configured webhooks, by index. */
public interface WebhookChannel {

    /** How many webhooks this admin knows (alarms for others are left to the admins that know them). */
    int count();

    /** Indexes of the webhooks that want alarms of this app. */
    Set<Integer> webhooksFor(String app);

    /** Posts the alarm; empty on success, else why it failed. */
    java.util.Optional<String> post(Alarm alarm, Instant createdAt);
}
