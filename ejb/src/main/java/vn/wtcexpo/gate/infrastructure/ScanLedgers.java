package vn.wtcexpo.gate.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import vn.wtcexpo.gate.model.ScanLedger;
import vn.wtcexpo.infrastructure.persistence.DatabaseDialect;
import vn.wtcexpo.shared.Connections;

/** Makes the scan ledger of the database the application runs on. */
@ApplicationScoped
public class ScanLedgers {

    @Inject
    private DatabaseDialect dialect;

    @Inject
    private Connections connections;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    @Produces
    @ApplicationScoped
    ScanLedger ledger() {
        return switch (dialect.get()) {
            case POSTGRESQL -> new PostgresScanLedger(connections, transactions);
            case H2 -> new H2ScanLedger(connections, transactions);
        };
    }
}
