package vn.wtcexpo.it.support;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The EAR exactly as shipped, deployed once for every test that talks to it over HTTP, and undeployed when
 * the last of them has run. Deploying it again for each test class cost about five seconds a class on this
 * machine (some three minutes a run on each database), for nothing those tests look at: they share the one
 * database anyway, and each makes its own halls, events and accounts.
 *
 * <p>The tests that run inside the server ({@link Deployments#withTestClasses}) deploy their own EAR with
 * Arquillian; they carry the tag {@value Deployments#IN_CONTAINER} and the build runs them first, apart, so that the two
 * deployments never share the server's context root.
 */
public final class ShippedApplication implements BeforeAllCallback {

    private static final String NAME = "wtc-expo";
    private static boolean deployed;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        synchronized (ShippedApplication.class) {
            if (deployed) {
                return;
            }
            File ear = new File(System.getProperty("wtc.ear", "../ear/target/wtc-expo.ear"));
            if (!ear.isFile()) {
                throw new IllegalStateException("Build the EAR first (mvn verify from the top folder): " + ear);
            }
            asadmin("deploy", "--force=true", "--name", NAME, ear.getAbsolutePath());
            deployed = true;
            // undeployed once every test class of this run has finished (the root store closes last)
            context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put(ShippedApplication.class.getName(),
                    (ExtensionContext.Store.CloseableResource) () -> asadmin("undeploy", NAME));
        }
    }

    private static void asadmin(String... args) throws IOException, InterruptedException {
        String home = System.getProperty("payara.home");
        if (home == null) {
            throw new IllegalStateException("payara.home is not set: run the tests with mvn verify");
        }
        List<String> command = new java.util.ArrayList<>(List.of(new File(home, "bin/asadmin").getPath(),
                "--host", "localhost", "--port", "4848"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IllegalStateException("asadmin " + String.join(" ", args) + " failed:\n" + output);
        }
    }
}
