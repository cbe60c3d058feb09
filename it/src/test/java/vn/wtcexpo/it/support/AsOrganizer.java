package vn.wtcexpo.it.support;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.concurrent.Callable;

/** Runs a piece of test code as the demo organizer, so in-container tests can call organizers' use cases. */
@Stateless
@RunAs("ORGANIZER")
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AsOrganizer {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
