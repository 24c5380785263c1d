package com.webook.ranking.infrastructure.job;

import java.util.List;

import com.xxl.job.core.executor.impl.XxlJobSimpleExecutor;
import org.springframework.context.SmartLifecycle;

/**
 * The stock XXL-Job executor ({@code xxl-job-core}) inside this provider, as any team's executor: it
 * registers with job-admin as its app and runs the handlers it is given when job-admin fires them.
 * Started with the app, stopped (leaving job-admin's registry) before it.
 */
public class EmbeddedExecutor implements SmartLifecycle {

    /** Where the executor listens and which admin it registers with, as which app, with which token. */
    public record Settings(String adminAddresses, String appName, String accessToken, String host, int port,
                           String logPath, int logRetentionDays) {

        public Settings {
            if (accessToken == null || accessToken.isBlank()) {
                throw new IllegalStateException("webook.ranking.executor.access-token is not set: give the executor"
                        + " the token job-admin has for " + appName + " (WEBOOK_RANKING_EXECUTOR_ACCESS_TOKEN)");
            }
        }
    }

    private final XxlJobSimpleExecutor executor = new XxlJobSimpleExecutor();
    private volatile boolean running;

    public EmbeddedExecutor(Settings settings, List<Object> handlers) {
        executor.setAdminAddresses(settings.adminAddresses());
        executor.setAppname(settings.appName());
        executor.setAccessToken(settings.accessToken());
        executor.setIp(settings.host());
        executor.setPort(settings.port());
        executor.setLogPath(settings.logPath());
        executor.setLogRetentionDays(settings.logRetentionDays());
        executor.setXxlJobBeanList(handlers);
    }

    @Override
    public void start() {
        executor.start();
        running = true;
    }

    @Override
    public void stop() {
        executor.destroy();
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
