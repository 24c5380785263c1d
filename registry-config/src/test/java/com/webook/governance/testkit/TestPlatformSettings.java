package com.webook.governance.testkit;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Before any test of a run starts, points every Spring context and every app the tests start at the
 * test platform's certificates ({@code webook.tls.dir}, see {@link TestPki}). Registered through
 * {@code META-INF/services}, so it applies to every module whose tests have this test-jar on their class
 * path; a value set on the command line wins.
 */
public class TestPlatformSettings implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (System.getProperty("webook.tls.dir") == null) {
            System.setProperty("webook.tls.dir", TestPki.dir().toString());
        }
    }
}
