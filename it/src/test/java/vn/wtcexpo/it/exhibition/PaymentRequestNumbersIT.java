package vn.wtcexpo.it.exhibition;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.wtcexpo.exhibition.application.internal.DocumentSequences;
import vn.wtcexpo.it.support.Deployments;

/** Payment request numbers have no gaps: a number taken by a transaction that rolls back is given again. */
@ExtendWith(ArquillianExtension.class)
@Tag(Deployments.IN_CONTAINER)
class PaymentRequestNumbersIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTestClasses(PaymentRequestNumbersIT.class);
    }

    @Inject
    private DocumentSequences sequences;

    @Resource(lookup = "java:comp/UserTransaction")
    private UserTransaction tx;

    private static String kind() {
        return "TEST-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
    }

    @Test
    void aNumberTakenByARolledBackTransaction_isGivenAgain() throws Exception {
        String kind = kind();
        tx.begin();
        int first = sequences.next(kind, 2099);
        tx.rollback();
        tx.begin();
        int again = sequences.next(kind, 2099);
        tx.commit();
        assertEquals(1, first);
        assertEquals(1, again);
    }

    @Test
    void numbers_followOneAnother_andStartAgainEachYear() throws Exception {
        String kind = kind();
        for (int expected = 1; expected <= 3; expected++) {
            tx.begin();
            assertEquals(expected, sequences.next(kind, 2098));
            tx.commit();
        }
        tx.begin();
        assertEquals(1, sequences.next(kind, 2097));
        tx.commit();
    }
}
