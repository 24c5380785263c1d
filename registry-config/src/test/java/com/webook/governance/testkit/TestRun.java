package com.webook.governance.testkit;

/**
 * What this test run owns on the shared servers, named after the run ({@code webook.it.run}): its etcd
 * namespace {@code webook-<run>}. {@code run.sh test} (README's test command, and CI) gives every run a
 * name of its own, grants the etcd accounts that namespace for the run and removes it afterwards, so runs
 * side by side never call each other's providers and a killed run leaves no registration or rule behind;
 * a plain {@code ./mvnw verify} is the run {@code it} (the namespace {@code webook-it} the bring-up grants).
 *
 * <p>The test databases are named here too, but they are not per run: {@code webook_<context>_it},
 * shared by every run. Their ids keep growing from run to run, and ids key entries in the shared Redis
 * test databases (sessions, caches) that outlive a run; a database per run would hand out the same ids
 * again and meet those entries. Every test works on fresh identifiers, so rows an earlier or killed run
 * left do not disturb it.
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

    /** A context's database for the integration tests (shared by every run, see above). */
    public static String database(String context) {
        return database(context, "it");
    }

    /** A context's database kept apart from its integration tests' (e.g. {@code e2e}; shared by every run). */
    public static String database(String context, String purpose) {
        return "webook_" + context + "_" + purpose;
    }
}
