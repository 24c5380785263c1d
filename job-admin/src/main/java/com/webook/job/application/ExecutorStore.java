package com.webook.job.application;

import java.time.Instant;
import java.util.List;

/** Registered executor instances (port); liveness is judged by the database's clock. */
public interface ExecutorStore {

    record Instance(String app, String address, Instant registeredAt, Instant renewedAt, boolean enabled, boolean live) {
    }

    /** Registers or renews an instance. */
    void renew(String app, String address);

    void remove(String app, String address);

    /** Addresses of the app's instances that renewed within the dead timeout and are in rotation. */
    List<String> live(String app);

    /** Every known instance of the app (or of every app when null), live or not. */
    List<Instance> instances(String app);

    boolean setEnabled(String app, String address, boolean enabled);

    /** Forgets instances silent for longer than {@code silentFor} seconds; how many. */
    int forgetSilent(long silentForSeconds);

    void ensureApp(String app, String title);

    List<String> apps();
}
