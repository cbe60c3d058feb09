package vn.wtcexpo.exhibition.application.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import vn.wtcexpo.exhibition.model.ExhibitionRepository;
import vn.wtcexpo.infrastructure.persistence.DatabaseFailures;

/**
 * Gap-free numbers: the next number is taken under the lock of its sequence row, in the caller's
 * transaction, so a request that rolls back gives its number back and two requests never share one.
 */
@Stateless
@PermitAll
public class DocumentSequences {

    @Inject
    private ExhibitionRepository repository;

    @Inject
    private DocumentSequences self;

    /** The next number of {@code kind} in {@code year}; the caller's transaction holds the row until it ends. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public int next(String kind, int year) {
        Integer next = repository.nextInSequence(kind, year);
        if (next == null) {
            self.start(kind, year);
            next = repository.nextInSequence(kind, year);
        }
        return next;
    }

    /** Starts a year's sequence in its own transaction; a concurrent start of the same one is fine. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void start(String kind, int year) {
        try {
            repository.startSequence(kind, year);
        } catch (PersistenceException e) {
            if (!DatabaseFailures.isConstraintViolation(e)) {
                throw e;
            }
        }
    }
}
