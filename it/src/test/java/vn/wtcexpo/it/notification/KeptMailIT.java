package vn.wtcexpo.it.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.wtcexpo.it.support.AsVenueAdmin;
import vn.wtcexpo.it.support.Deployments;
import vn.wtcexpo.notification.application.Outbox;
import vn.wtcexpo.notification.application.OutboxEntry;
import vn.wtcexpo.notification.model.OutboxStatus;

/**
 * The demo run has no SMTP server: with {@code wtcexpo.mail.delivery=keep} its e-mails are kept in the outbox,
 * done with at once and marked kept, instead of retrying against a server that is not there (this deployment
 * carries the setting; the shipped EAR sends through SMTP unless the domain says keep).
 */
@ExtendWith(ArquillianExtension.class)
@Tag(Deployments.IN_CONTAINER)
class KeptMailIT {

    @Deployment
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = Deployments.withTestClasses(KeptMailIT.class);
        JavaArchive ejb = ear.getAsType(JavaArchive.class, Deployments.EJB_MODULE);
        ejb.addAsManifestResource(new StringAsset("wtcexpo.mail.delivery=keep\n"), "microprofile-config.properties");
        return ear;
    }

    @Inject
    private Outbox outbox;

    @Inject
    private AsVenueAdmin admin;

    @Resource(lookup = "java:comp/UserTransaction")
    private UserTransaction tx;

    @Test
    void inKeepMode_aQueuedMail_isKeptAtOnce_notRetried() throws Exception {
        String to = "kept." + System.nanoTime() + "@example.vn";
        tx.begin();
        outbox.enqueue(to, "Thư giữ lại", "Nội dung như người nhận sẽ thấy.");
        tx.commit();
        long deadline = System.currentTimeMillis() + 20_000;
        OutboxEntry m;
        do {
            outbox.sendDue();
            m = admin.call(() -> outbox.recent(null, 1000)).stream().filter(e -> e.recipient().equals(to)).findFirst().orElseThrow();
        } while (m.status() == OutboxStatus.PENDING && System.currentTimeMillis() < deadline);
        assertEquals(OutboxStatus.SENT, m.status());
        assertTrue(m.kept(), "kept, not delivered");
        assertEquals(1, m.attempts());
    }
}
