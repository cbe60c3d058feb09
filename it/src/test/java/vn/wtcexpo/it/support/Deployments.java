package vn.wtcexpo.it.support;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;

/**
 * The deployment of every integration test: the real EAR as built by the {@code ear} module. In-container
 * tests have their classes added to the EJB module (classes in the EAR's lib/ are not visible to the
 * test runner); client tests deploy the EAR unchanged.
 */
public final class Deployments {

    public static final String EJB_MODULE = "wtc-expo-ejb.jar";
    /**
     * The JUnit tag of the tests that deploy their own EAR ({@link #withTestClasses}): the build runs them
     * before the others, which share one deployment of the shipped EAR ({@link ShippedApplication}).
     */
    public static final String IN_CONTAINER = "in-container";

    private Deployments() {
    }

    /** The EAR exactly as shipped, for tests that talk to it over HTTP. */
    public static EnterpriseArchive asShipped() {
        File file = new File(System.getProperty("wtc.ear", "../ear/target/wtc-expo.ear"));
        if (!file.isFile()) {
            throw new IllegalStateException("Build the EAR first (mvn verify from the top folder): " + file);
        }
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, file);
    }

    /**
     * The EAR with {@code classes} added to its EJB module, for in-container tests, with the helper
     * {@link AsVenueAdmin} and the descriptor that gives it its principal.
     */
    public static EnterpriseArchive withTestClasses(Class<?>... classes) {
        EnterpriseArchive ear = asShipped();
        JavaArchive ejb = ear.getAsType(JavaArchive.class, EJB_MODULE);
        ejb.addClasses(classes);
        ejb.addClasses(Deployments.class, AsVenueAdmin.class, AsOrganizer.class);
        ejb.addAsManifestResource("deployment/glassfish-ejb-jar.xml", "glassfish-ejb-jar.xml");
        ear.delete(EJB_MODULE);
        ear.addAsModule(ejb);
        return ear;
    }
}
