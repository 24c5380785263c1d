package com.webook.job.domain;

import java.time.Duration;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What an operator writes to create or change a job, checked as a whole by {@link #validated}: every
 * field within its bounds, a schedule that parses, a handler name (there are no script jobs: an executor
 * runs only the bean handlers its code declares), children that are other jobs.
 */
public record JobDefinition(String app, String name, String description, ScheduleType scheduleType, String schedule,
                            String handler, String param, Routing routing, BlockStrategy blockStrategy, Misfire misfire,
                            int timeoutSeconds, int maxRetries, long retryBackoffMs, boolean exclusive,
                            List<Long> children) {

    public static final int MAX_NAME = 128;
    public static final int MAX_DESCRIPTION = 512;
    public static final int MAX_PARAM = 2048;
    public static final int MAX_TIMEOUT_SECONDS = 86_400;
    public static final int MAX_RETRIES = 10;
    public static final long MIN_BACKOFF_MS = 100;
    public static final long MAX_BACKOFF_MS = 3_600_000;
    public static final int MAX_CHILDREN = 20;
    /** The longest a retry waits, however many attempts before it. */
    public static final Duration MAX_RETRY_DELAY = Duration.ofHours(1);

    static final Pattern HANDLER = Pattern.compile("[A-Za-z][A-Za-z0-9_.\\-]{0,127}");
    static final Pattern APP = Pattern.compile("[a-z0-9][a-z0-9\\-_.]{0,63}");

    /**
     * This definition with defaults filled in (routing FIRST, SERIAL_EXECUTION, SKIP, no children), or a
     * rejection naming the first field that is wrong. {@code zone} is the one cron schedules are read in.
     */
    public JobDefinition validated(ZoneId zone) {
        require(app != null && APP.matcher(app).matches(), "app must be an executor app's name (a-z, 0-9, - _ .)");
        require(name != null && !name.isBlank() && name.length() <= MAX_NAME && printable(name),
                "name must be 1 to " + MAX_NAME + " printable characters");
        require(description == null || (description.length() <= MAX_DESCRIPTION && printable(description)),
                "description must be at most " + MAX_DESCRIPTION + " printable characters");
        require(handler != null && HANDLER.matcher(handler).matches(),
                "handler must be the name of a bean handler (letters, digits, _ . -; at most 128)");
        require(param == null || param.length() <= MAX_PARAM, "param must be at most " + MAX_PARAM + " characters");
        require(timeoutSeconds >= 0 && timeoutSeconds <= MAX_TIMEOUT_SECONDS,
                "timeoutSeconds must be 0 (none) to " + MAX_TIMEOUT_SECONDS);
        require(maxRetries >= 0 && maxRetries <= MAX_RETRIES, "maxRetries must be 0 to " + MAX_RETRIES);
        long backoff = retryBackoffMs == 0 ? 1000 : retryBackoffMs;
        require(backoff >= MIN_BACKOFF_MS && backoff <= MAX_BACKOFF_MS,
                "retryBackoffMs must be " + MIN_BACKOFF_MS + " to " + MAX_BACKOFF_MS);
        List<Long> kids = children == null ? List.of() : List.copyOf(new LinkedHashSet<>(children));
        require(kids.size() <= MAX_CHILDREN, "at most " + MAX_CHILDREN + " children");
        require(kids.stream().allMatch(id -> id != null && id > 0), "children are job ids");
        Schedule.of(scheduleType, schedule, zone);
        return new JobDefinition(app, name.strip(), description == null ? "" : description.strip(), scheduleType,
                schedule == null ? "" : schedule.trim(), handler, param == null ? "" : param,
                routing == null ? Routing.FIRST : routing,
                blockStrategy == null ? BlockStrategy.SERIAL_EXECUTION : blockStrategy,
                misfire == null ? Misfire.SKIP : misfire, timeoutSeconds, maxRetries, backoff, exclusive, kids);
    }

    /** How long the retry after failed attempt {@code attempt} (0 for the first run) waits: doubling, capped. */
    public Duration retryBackoff(int attempt) {
        long delay = retryBackoffMs << Math.min(attempt, 20);
        return delay <= 0 || delay > MAX_RETRY_DELAY.toMillis() ? MAX_RETRY_DELAY : Duration.ofMillis(delay);
    }

    private static boolean printable(String text) {
        return text.codePoints().noneMatch(c -> Character.isISOControl(c)
                || Character.getType(c) == Character.FORMAT || Character.getType(c) == Character.SURROGATE);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new JobRejected(message);
        }
    }
}
