package com.webook.governance.testkit;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Before any test of a run starts, points every Spring context and every app the tests start at the
 * test platform's certificates ({@code webook.tls.dir}, see {@link TestPki}) and gives them the apps'
 * etcd account ({@code webook.etcd.username} / {@code password}, see {@link TestEtcd}) when the platform's
 * etcd has one. Registered through {@code META-INF/services}, so it applies to every module whose tests
 * have this test-jar on their class path; a value set on the command line wins.
 */
public class TestPlatformSettings implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        apply();
    }

    /** The same settings for a program outside JUnit (a benchmark's main). */
    public static void apply() {
        setIfAbsent("webook.tls.dir", TestPki.dir().toString());
        String password = TestEtcd.password(TestEtcd.secrets(), TestEtcd.APP);
        if (password != null) {
            setIfAbsent("webook.etcd.username", TestEtcd.APP);
            setIfAbsent("webook.etcd.password", password);
        }
    }

    private static void setIfAbsent(String name, String value) {
        if (System.getProperty(name) == null) {
            System.setProperty(name, value);
        }
    }
}
