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

    /** Restarts PostgreSQL (fast: open transactions are cut), as a database failover or a restart does. */
    static void restartDatabase() {
        File[] versions = new File("/etc/postgresql").listFiles(File::isDirectory);
        if (versions == null || versions.length == 0) {
            throw new IllegalStateException("no PostgreSQL cluster under /etc/postgresql to restart");
        }
        run(List.of("pg_ctlcluster", "--skip-systemctl-redirect", versions[versions.length - 1].getName(), "main",
                "restart", "-m", "fast"), null);
    }

    private static void script(String... args) {
        String script = System.getProperty("wtc.clusterScript");
        String home = System.getProperty("payara.home");
        if (script == null || home == null) {
            throw new IllegalStateException("run the cluster tests with mvn verify -Pcluster-tests");
        }
        List<String> command = new java.util.ArrayList<>(List.of("bash", script));
        command.addAll(List.of(args));
        run(command, home);
        if (!new File(home).isDirectory()) {
            throw new IllegalStateException("no Payara at " + home);
        }
    }

    private static void run(List<String> command, String payaraHome) {
        try {
            ProcessBuilder b = new ProcessBuilder(command).redirectErrorStream(true);
            if (payaraHome != null) {
                b.environment().put("PAYARA_HOME", payaraHome);
            }
            Process p = b.start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(2, TimeUnit.MINUTES) || p.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
