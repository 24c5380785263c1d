package com.webook.job.infrastructure.config;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.webook.job.application.AuditLog;
import com.webook.job.application.DatabaseClock;
import com.webook.job.application.DispatchingRuns;
import com.webook.job.application.EndingRuns;
import com.webook.job.application.ExecutorApps;
import com.webook.job.application.ExecutorChannel;
import com.webook.job.application.ExecutorStore;
import com.webook.job.application.HandlingCallbacks;
import com.webook.job.application.JobMetrics;
import com.webook.job.application.JobStore;
import com.webook.job.application.KeepingHouse;
import com.webook.job.application.LeaseStore;
import com.webook.job.application.ManagingExecutors;
import com.webook.job.application.ManagingJobs;
import com.webook.job.application.PartitionLeases;
import com.webook.job.application.ReadingDashboard;
import com.webook.job.application.RegisteringExecutors;
import com.webook.job.application.RunStore;
import com.webook.job.application.SchedulingJobs;
import com.webook.job.application.SweepingRuns;
import com.webook.job.application.Transactions;
import com.webook.job.domain.Routes;
import com.webook.job.infrastructure.alarm.HttpWebhookChannel;
import com.webook.job.infrastructure.persistence.JdbcAlarmOutbox;
import com.webook.job.application.AlarmOutbox;
import com.webook.job.application.Alarms;
import com.webook.job.application.QueuedAlarms;
import com.webook.job.application.SendingAlarms;
import com.webook.job.application.WebhookChannel;
import com.webook.job.infrastructure.executor.HttpExecutorChannel;
import com.webook.job.infrastructure.persistence.JdbcAuditLog;
import com.webook.job.infrastructure.persistence.JdbcExecutorStore;
import com.webook.job.infrastructure.persistence.JdbcJobStore;
import com.webook.job.infrastructure.persistence.JdbcLeaseStore;
import com.webook.job.infrastructure.persistence.JdbcRunStore;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.transaction.support.TransactionTemplate;

/** Every bean of job-admin, wired by hand: nothing in domain or application is scanned. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(JobAdminProperties.class)
public class JobAdminConfiguration {

    @Bean
    DatabaseClock databaseClock() {
        return new DatabaseClock(Clock.systemUTC());
    }

    @Bean
    Transactions transactions(TransactionTemplate template) {
        return new Transactions() {
            @Override
            public <T> T inTransaction(java.util.function.Supplier<T> work) {
                return template.execute(status -> work.get());
            }
        };
    }

    @Bean
    JdbcJobStore jobStore(JdbcClient jdbc, JdbcTemplate template, TransactionTemplate transactions,
                          JobAdminProperties properties) {
        return new JdbcJobStore(jdbc, template, transactions, properties.getZone());
    }

    @Bean
    JdbcRunStore runStore(JdbcClient jdbc, JdbcTemplate template) {
        return new JdbcRunStore(jdbc, template);
    }

    @Bean
    JdbcExecutorStore executorStore(JdbcClient jdbc) {
        return new JdbcExecutorStore(jdbc);
    }

    @Bean
    JdbcLeaseStore leaseStore(JdbcClient jdbc, JdbcTemplate template) {
        return new JdbcLeaseStore(jdbc, template);
    }

    @Bean
    JdbcAuditLog auditLog(JdbcClient jdbc) {
        return new JdbcAuditLog(jdbc);
    }

    @Bean
    ExecutorApps executorApps(JobAdminProperties properties, Environment environment) {
        List<ExecutorApps.Access> apps = new ArrayList<>();
        properties.getApps().forEach((name, app) -> {
            List<Predicate<InetAddress>> networks = new ArrayList<>();
            for (String network : app.getNetworks().isEmpty() ? StartupChecks.DEFAULT_NETWORKS : app.getNetworks()) {
                IpAddressMatcher matcher = new IpAddressMatcher(network);
                networks.add(address -> matcher.matches(address.getHostAddress()));
            }
            apps.add(new ExecutorApps.Access(name, app.getTitle().isBlank() ? name : app.getTitle(), app.getToken(),
                    List.copyOf(networks)));
        });
        StartupChecks.executorApps(apps, environment);
        return new ExecutorApps(apps);
    }

    @Bean
    HttpExecutorChannel executorChannel(ObjectMapper json, JobAdminProperties properties) {
        return new HttpExecutorChannel(json, properties.getExecutorConnectTimeout(), properties.getExecutorTimeout());
    }

    @Bean
    JobMetrics jobMetrics(MeterRegistry registry) {
        return new JobMetrics(registry);
    }

    @Bean
    HttpWebhookChannel webhookChannel(JobAdminProperties properties, ObjectMapper json) {
        List<HttpWebhookChannel.Webhook> webhooks = new ArrayList<>();
        for (JobAdminProperties.WebhookSettings webhook : properties.getAlarms().getWebhooks()) {
            webhooks.add(new HttpWebhookChannel.Webhook(java.net.URI.create(webhook.getUrl()),
                    HttpWebhookChannel.Format.valueOf(webhook.getFormat().toUpperCase(java.util.Locale.ROOT)),
                    java.util.Set.copyOf(webhook.getApps())));
        }
        return new HttpWebhookChannel(webhooks, json, properties.getAlarms().getTimeout());
    }

    @Bean
    JdbcAlarmOutbox alarmOutbox(JdbcClient jdbc) {
        return new JdbcAlarmOutbox(jdbc);
    }

    @Bean
    QueuedAlarms alarms(AlarmOutbox outbox, WebhookChannel webhooks, JobAdminProperties properties) {
        return new QueuedAlarms(outbox, webhooks, properties.getAlarms().getLateThreshold());
    }

    @Bean
    SendingAlarms sendingAlarms(AlarmOutbox outbox, WebhookChannel webhooks, DatabaseClock clock, AdminNode node) {
        return new SendingAlarms(outbox, webhooks, clock, node.id());
    }

    @Bean
    AdminNode adminNode() {
        return new AdminNode("admin-" + UUID.randomUUID().toString().substring(0, 8));
    }

    @Bean
    PartitionLeases partitionLeases(LeaseStore store, DatabaseClock clock, JobAdminProperties properties,
                                    Environment environment, AdminNode node) {
        String address = properties.getNodeAddress().isBlank()
                ? "http://" + environment.getProperty("server.address", "127.0.0.1") + ":"
                + environment.getProperty("local.server.port", environment.getProperty("server.port", "8280"))
                : properties.getNodeAddress();
        return new PartitionLeases(store, clock, node.id(), address, properties.getPartitions(), properties.getLease());
    }

    @Bean
    EndingRuns endingRuns(JobStore jobs, RunStore runs, Alarms alarms, JobMetrics metrics, Transactions transactions,
                          DatabaseClock clock) {
        return new EndingRuns(jobs, runs, alarms, metrics, transactions, clock);
    }

    @Bean
    SchedulingJobs schedulingJobs(JobStore jobs, RunStore runs, Transactions transactions, DatabaseClock clock,
                                  JobMetrics metrics, JobAdminProperties properties) {
        return new SchedulingJobs(jobs, runs, transactions, clock, metrics, properties.getLease());
    }

    @Bean(destroyMethod = "shutdownNow")
    ScheduledExecutorService runSenders(JobAdminProperties properties) {
        AtomicInteger count = new AtomicInteger();
        ScheduledThreadPoolExecutor senders = new ScheduledThreadPoolExecutor(properties.getSenders(), runnable -> {
            Thread thread = new Thread(runnable, "job-sender-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        senders.setRemoveOnCancelPolicy(true);
        return senders;
    }

    @Bean
    DispatchingRuns dispatchingRuns(JobStore jobs, RunStore runs, ExecutorStore executors, ExecutorApps apps,
                                    ExecutorChannel channel, EndingRuns ending, DatabaseClock clock, JobMetrics metrics,
                                    Alarms alarms, ScheduledExecutorService runSenders, AdminNode node) {
        return new DispatchingRuns(jobs, runs, executors, apps, channel, ending, new Routes(), clock, metrics, alarms,
                runSenders, node.id());
    }

    @Bean
    SweepingRuns sweepingRuns(RunStore runs, JobStore jobs, ExecutorStore executors, EndingRuns ending,
                              DatabaseClock clock, JobAdminProperties properties) {
        // a failover send may try two instances, each within the connect and read timeouts
        Duration sendingLimit = properties.getExecutorConnectTimeout().plus(properties.getExecutorTimeout())
                .multipliedBy(2);
        return new SweepingRuns(runs, jobs, executors, ending, clock, sendingLimit);
    }

    @Bean
    SchedulerLoop schedulerLoop(PartitionLeases leases, SchedulingJobs scheduling, DispatchingRuns dispatching,
                                SweepingRuns sweeping, ManagingExecutors executors, ScheduledExecutorService runSenders,
                                JobAdminProperties properties) {
        return new SchedulerLoop(leases, scheduling, dispatching, sweeping, executors, runSenders, properties.getTick(),
                properties.getLease(), properties.getSweepEvery());
    }

    @Bean
    KeepingHouse keepingHouse(RunStore runs, AlarmOutbox alarms, ExecutorStore executors, LeaseStore leases,
                              DatabaseClock clock, Transactions transactions, JobAdminProperties properties) {
        return new KeepingHouse(runs, alarms, executors, leases, clock, transactions, properties.getRetention());
    }

    @Bean
    UpkeepLoop upkeepLoop(SendingAlarms alarms, KeepingHouse house, PartitionLeases leases) {
        return new UpkeepLoop(alarms, house, leases);
    }

    @Bean
    RegisteringExecutors registeringExecutors(ExecutorApps apps, ExecutorStore executors, ExecutorChannel channel) {
        return new RegisteringExecutors(apps, executors, channel);
    }

    @Bean
    ManagingExecutors managingExecutors(ExecutorApps apps, ExecutorStore executors, AuditLog audit, JobMetrics metrics) {
        return new ManagingExecutors(apps, executors, audit, metrics);
    }

    @Bean
    ReadingDashboard readingDashboard(RunStore runs, ExecutorStore executors, ExecutorApps apps, LeaseStore leases,
                                      DatabaseClock clock) {
        return new ReadingDashboard(runs, executors, apps, leases, clock);
    }

    @Bean
    HandlingCallbacks handlingCallbacks(ExecutorApps apps, RunStore runs, JobStore jobs, EndingRuns ending) {
        return new HandlingCallbacks(apps, runs, jobs, ending);
    }

    @Bean
    ManagingJobs managingJobs(JobStore jobs, RunStore runs, ExecutorApps apps, ExecutorChannel channel,
                              EndingRuns ending, AuditLog audit, DatabaseClock clock, JobAdminProperties properties) {
        return new ManagingJobs(jobs, runs, apps, channel, ending, audit, clock, properties.getZone(),
                properties.getPartitions());
    }
}
