package com.webook.job.application;

import java.util.ArrayList;
import java.util.List;

import com.webook.job.domain.JobRejected;

/** The executor apps and their instances, as operators see them; taking an instance out of rotation and back. */
public final class ManagingExecutors {

    public record AppView(String app, String title, List<ExecutorStore.Instance> instances) {
    }

    private final ExecutorApps apps;
    private final ExecutorStore executors;
    private final AuditLog audit;
    private final JobMetrics metrics;

    public ManagingExecutors(ExecutorApps apps, ExecutorStore executors, AuditLog audit, JobMetrics metrics) {
        this.apps = apps;
        this.executors = executors;
        this.audit = audit;
        this.metrics = metrics;
    }

    public List<AppView> list(Operator operator) {
        List<AppView> views = new ArrayList<>();
        for (ExecutorApps.Access access : apps.all()) {
            if (operator.mayOperate(access.app())) {
                List<ExecutorStore.Instance> instances = executors.instances(access.app());
                metrics.executorsUp(access.app(), (int) instances.stream().filter(ExecutorStore.Instance::live).count());
                views.add(new AppView(access.app(), access.title(), instances));
            }
        }
        return views;
    }

    public void setEnabled(Operator operator, String app, String address, boolean enabled) {
        if (apps.named(app).isEmpty() || !operator.mayOperate(app)) {
            throw JobRejected.notFound("no executor app " + app);
        }
        if (!executors.setEnabled(app, address, enabled)) {
            throw JobRejected.notFound("no instance " + address + " of " + app);
        }
        audit.record(operator.username(), enabled ? "executor.enable" : "executor.disable", app + " " + address,
                enabled ? "back in rotation" : "out of rotation");
    }

    /** Updates the executors-up gauge of every app (the sweeper calls it). */
    public void measure() {
        for (ExecutorApps.Access access : apps.all()) {
            metrics.executorsUp(access.app(), executors.live(access.app()).size());
        }
    }
}
