package com.webook.ranking.infrastructure.config;

import java.io.IOException;
import java.io.StringReader;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import com.webook.ranking.domain.ScoreWeights;
import org.apache.dubbo.common.config.configcenter.ConfigChangeType;
import org.apache.dubbo.common.config.configcenter.ConfigChangedEvent;
import org.apache.dubbo.common.config.configcenter.ConfigurationListener;
import org.apache.dubbo.common.config.configcenter.DynamicConfiguration;
import org.apache.dubbo.rpc.model.ApplicationModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * The score weights, live from the config center (etcd): key {@code key} in the app's group, as properties
 * text, for example {@code likes=1\ncollects=2\nreads=0.01\ngravity=1.5\noffsetHours=2}; a name left out keeps
 * its default from application.yml. A change applies to the next ranking without a restart; a value that
 * is not a number or out of range is refused (logged) and the weights stay as they were; a deleted key
 * brings the defaults back.
 */
public class ScoreSettings implements Supplier<ScoreWeights>, ConfigurationListener, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ScoreSettings.class);

    private final ScoreWeights defaults;
    private final String key;
    private final String group;
    private final AtomicReference<ScoreWeights> current;
    private volatile DynamicConfiguration config;

    public ScoreSettings(ScoreWeights defaults, String key, String group) {
        this.defaults = defaults;
        this.key = key;
        this.group = group;
        this.current = new AtomicReference<>(defaults);
    }

    @Override
    public ScoreWeights get() {
        return current.get();
    }

    @Override
    public void process(ConfigChangedEvent event) {
        apply(event.getChangeType() == ConfigChangeType.DELETED ? null : event.getContent());
    }

    /** Applies {@code text} (null: the defaults); answers whether it was taken. */
    public boolean apply(String text) {
        if (text == null || text.isBlank()) {
            current.set(defaults);
            log.info("score weights: the defaults {}", defaults);
            return true;
        }
        try {
            Properties values = new Properties();
            values.load(new StringReader(text));
            ScoreWeights next = new ScoreWeights(
                    number(values, "likes", defaults.likes()),
                    number(values, "collects", defaults.collects()),
                    number(values, "reads", defaults.reads()),
                    number(values, "gravity", defaults.gravity()),
                    number(values, "offsetHours", defaults.offsetHours()));
            current.set(next);
            log.info("score weights from the config center: {}", next);
            return true;
        } catch (IOException | IllegalArgumentException refused) {
            log.warn("score weights in the config center refused, keeping {}: {}", current.get(), refused.getMessage());
            return false;
        }
    }

    private static double number(Properties values, String name, double fallback) {
        String value = values.getProperty(name);
        if (value == null) {
            return fallback;
        }
        try {
            return Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " is not a number: " + value);
        }
    }

    /** Follows the key once Dubbo's config center is there (it is not, for a while, when etcd is down). */
    @Override
    public void start() {
        config = ApplicationModel.defaultModel().modelEnvironment().getDynamicConfiguration().orElse(null);
        if (config == null) {
            log.warn("no config center: the score weights stay the defaults {}", defaults);
            return;
        }
        config.addListener(key, group, this);
        try {
            apply(config.getConfig(key, group));
        } catch (RuntimeException unreachable) {
            log.warn("could not read {} from the config center, keeping {}: {}", key, current.get(),
                    unreachable.toString());
        }
    }

    @Override
    public void stop() {
        if (config != null) {
            config.removeListener(key, group, this);
            config = null;
        }
    }

    @Override
    public boolean isRunning() {
        return config != null;
    }
}
