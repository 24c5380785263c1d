package com.webook.web.limit;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The abuse limits ({@code webook.limits.<name>: {limit, period}}): at most {@code limit} per
 * {@code period} for each subject, the whole limit at once and then one more every
 * {@code period / limit}. See {@link AbuseControls} for what each one counts.
 */
@ConfigurationProperties("webook")
public record LimitsProperties(Map<String, Setting> limits) {

    public record Setting(int limit, Duration period) {
    }
}
