package vn.wtcexpo.it.support;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.concurrent.Callable;

/** Runs a piece of test code with the venue admin's role, so in-container tests can call guarded use cases. */
@Stateless
@RunAs("VENUE_ADMIN")
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AsVenueAdmin {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
