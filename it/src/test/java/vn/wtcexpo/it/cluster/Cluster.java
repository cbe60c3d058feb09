package vn.wtcexpo.it.cluster;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import vn.wtcexpo.it.support.Api;

/** The local cluster the {@code cluster} profile starts ({@code config/cluster.sh}): its addresses, and its faults. */
final class Cluster {

    static final String TAG = "cluster";
    /** HAProxy: what gates and browsers talk to. */
    static final String BALANCER = Api.BASE;
    /** Instance N answers on 27080 + 1000 × N (see config/cluster.sh). */
    static final List<String> SERVERS = List.of("http://localhost:28080", "http://localhost:29080");

    private Cluster() {
    }

    static String server(int n) {
        return SERVERS.get(n - 1);
    }

    static long millisSince(long nanoTime) {
        return (System.nanoTime() - nanoTime) / 1_000_000;
    }

    /** {@code kill -9} of instance N: the server dies without a word, in the middle of whatever it does. */
    static void kill(int n) {
        script("kill", String.valueOf(n));
    }

    /**
     * {@code cluster.sh roll}: the EAR the cluster started with, deployed again as a new version, instance by instance
     * (drained in the balancer, stopped, the new version enabled, started, taken back). Returns the script's output.
     */
    static String roll() {
        String ear = System.getProperty("wtc.ear");
        if (ear == null || !new File(ear).isFile()) {
            throw new IllegalStateException("no EAR to roll over to at " + ear);
        }
        return script(java.util.Map.of("WTC_EAR", ear), "roll");
    }

    /** The process id of instance N's JVM, as Payara wrote it at the instance's start. */
    static String pid(int n) {
        String home = System.getProperty("payara.home");
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of(home, "glassfish", "nodes", "localhost-domain1",
                    "wtc" + n, "config", "pid")).strip();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("instance wtc" + n + " has no pid file under " + home, e);
        }
    }

    /** Restarts PostgreSQL (fast: open transactions are cut), as a database failover or a restart does. */
    static void restartDatabase() {
        File[] versions = new File("/etc/postgresql").listFiles(File::isDirectory);
        if (versions == null || versions.length == 0) {
            throw new IllegalStateException("no PostgreSQL cluster under /etc/postgresql to restart");
        }
        run(List.of("pg_ctlcluster", "--skip-systemctl-redirect", versions[versions.length - 1].getName(), "main",
                "restart", "-m", "fast"), null);
    }

    private static String script(String... args) {
        return script(java.util.Map.of(), args);
    }

    private static String script(java.util.Map<String, String> environment, String... args) {
        String script = System.getProperty("wtc.clusterScript");
        String home = System.getProperty("payara.home");
        if (script == null || home == null) {
            throw new IllegalStateException("run the cluster tests with mvn verify -Pcluster-tests");
        }
        List<String> command = new java.util.ArrayList<>(List.of("bash", script));
        command.addAll(List.of(args));
        if (!new File(home).isDirectory()) {
            throw new IllegalStateException("no Payara at " + home);
        }
        return run(command, home, environment);
    }

    private static String run(List<String> command, String payaraHome) {
        return run(command, payaraHome, java.util.Map.of());
    }

    private static String run(List<String> command, String payaraHome, java.util.Map<String, String> environment) {
        try {
            ProcessBuilder b = new ProcessBuilder(command).redirectErrorStream(true);
            if (payaraHome != null) {
                b.environment().put("PAYARA_HOME", payaraHome);
            }
            b.environment().putAll(environment);
            Process p = b.start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(2, TimeUnit.MINUTES) || p.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
            }
            return output;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
