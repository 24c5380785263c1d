package com.webook.job.application;

import java.time.Duration;

import com.webook.job.domain.Job;
import com.webook.job.domain.Run;
import com.webook.job.domain.RunState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Alarms queued in the outbox, one per event and webhook: every failed, timed-out or lost run (called once,
 * by whoever ended it, in the transaction that ended it), and a job sent later than the threshold (at most
 * one per job and minute). {@link SendingAlarms} posts them.
 */
public final class QueuedAlarms implements Alarms {

    private static final Logger log = LoggerFactory.getLogger("com.webook.job.alarm");

    private final AlarmOutbox outbox;
    private final WebhookChannel webhooks;
    private final Duration lateThreshold;

    public QueuedAlarms(AlarmOutbox outbox, WebhookChannel webhooks, Duration lateThreshold) {
        this.outbox = outbox;
        this.webhooks = webhooks;
        this.lateThreshold = lateThreshold;
    }

    @Override
    public void runFailed(Run run, Job job, RunState state, String message, boolean retrying) {
        String what = job == null ? "job " + run.jobId() + " (deleted)" : job.app() + "/" + job.definition().name();
        String text = "Run " + run.id() + " of " + what + " ended " + state + (retrying ? " (it will be retried)" : "")
                + ": " + (message == null ? "no message" : message);
        log.warn("ALARM {}", text);
        for (int webhook : webhooks.webhooksFor(run.app())) {
            outbox.add(new Alarm("run:" + run.id() + "#" + webhook, Alarm.RUN_FAILED, webhook, run.app(), run.jobId(),
                    run.id(), text));
        }
    }

    @Override
    public void sentLate(Run run, Job job, Duration lag) {
        if (lag.compareTo(lateThreshold) <= 0) {
            return;
        }
        String text = "Run " + run.id() + " of " + job.app() + "/" + job.definition().name() + " was sent "
                + lag.toMillis() + " ms after its time " + run.scheduledAt() + " (threshold " + lateThreshold.toMillis()
                + " ms)";
        long minute = run.scheduledAt().getEpochSecond() / 60;
        for (int webhook : webhooks.webhooksFor(run.app())) {
            if (outbox.add(new Alarm("late:" + job.id() + ":" + minute + "#" + webhook, Alarm.FIRED_LATE, webhook,
                    run.app(), job.id(), run.id(), text))) {
                log.warn("ALARM {}", text);
            }
        }
    }

    /** For tests and the console: when an alarm counts as late. */
    public Duration lateThreshold() {
        return lateThreshold;
    }

}
