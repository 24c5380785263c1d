package com.webook.job.application;

/**
 * The executor protocol, job-admin's side (port): {@code /run}, {@code /kill}, {@code /log}, {@code /beat},
 * {@code /idleBeat} on an executor instance, with the app's access token. Never throws for a refusal or an
 * unreachable instance: the answer says what happened.
 */
public interface ExecutorChannel {

    record Answer(boolean ok, String message) {
        public static Answer success() {
            return new Answer(true, null);
        }

        public static Answer failed(String message) {
            return new Answer(false, message);
        }
    }

    record Trigger(long jobId, String handler, String param, String blockStrategy, int timeoutSeconds, long runId,
                   long logDateTime, int shardIndex, int shardTotal) {
    }

    record LogPage(int fromLine, int toLine, String content, boolean end) {
    }

    Answer run(String address, String token, Trigger trigger);

    Answer kill(String address, String token, long jobId);

    Answer beat(String address, String token);

    Answer idleBeat(String address, String token, long jobId);

    /** A page of the run's log text from {@code fromLine}, or a failed answer's message in {@code content}. */
    LogPage log(String address, String token, long runId, long logDateTime, int fromLine);
}
