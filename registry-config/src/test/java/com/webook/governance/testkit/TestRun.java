package com.webook.governance.testkit;

/**
 * What this test run owns on the shared servers, named after the run ({@code webook.it.run}): its etcd
 * namespace {@code webook-<run>} and its databases {@code webook_<context>_<run>}. {@code run.sh test}
 * (README's test command, and CI) gives every run a name of its own, grants the etcd accounts that
 * namespace for the run and removes the namespace and the databases afterwards, so runs side by side do
 * not see each other's providers and a killed run leaves nothing behind that the next one meets; a plain
 * {@code ./mvnw verify} is the run {@code it} (the namespace {@code webook-it} the bring-up grants).
 * The same names are used by the providers' test settings ({@code webook/provider-it-defaults.yml}).
 */
public final class TestRun {

    /** The property naming the run. */
    public static final String PROPERTY = "webook.it.run";

    private TestRun() {
    }

    /** This run's name: {@code it}, or {@code it_r<epoch seconds>p<pid>} under {@code run.sh test}. */
    public static String name() {
        return System.getProperty(PROPERTY, "it");
    }

    /** The etcd namespace this run's apps register in and read their configuration from. */
    public static String etcdNamespace() {
        return "webook-" + name();
    }

    /** A second namespace of this run, for tests that need a platform apart from the shared one. */
    public static String etcdNamespace(String purpose) {
        return etcdNamespace() + "-" + purpose;
    }

    /** A context's database for this run's integration tests. */
    public static String database(String context) {
        return "webook_" + context + "_" + name();
    }

    /** A context's database of this run kept apart from its integration tests' (e.g. {@code e2e}). */
    public static String database(String context, String purpose) {
        return database(context) + "_" + purpose;
    }
}
