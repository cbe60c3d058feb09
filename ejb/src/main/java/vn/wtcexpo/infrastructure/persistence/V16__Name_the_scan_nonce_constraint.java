package vn.wtcexpo.infrastructure.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Gives the constraint that stores a scan's nonce once per event the name {@code gate_scan_nonce_once}, so that the
 * scan ledger recognises a replayed nonce by it (V10 left it unnamed: each database made up its own name). A Java
 * migration because that made-up name must be looked up first, in the same information schema on both databases.
 */
public class V16__Name_the_scan_nonce_constraint extends BaseJavaMigration {

    private static final String UNIQUES = "SELECT tc.constraint_name FROM information_schema.table_constraints tc "
            + "WHERE UPPER(tc.table_name) = 'GATE_SCAN' AND tc.constraint_type = 'UNIQUE'";

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        List<String> names = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(UNIQUES); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                names.add(r.getString(1));
            }
        }
        try (Statement s = c.createStatement()) {
            // gate_scan's one unique constraint is (event_id, nonce)
            for (String name : names) {
                s.execute("ALTER TABLE gate_scan DROP CONSTRAINT \"" + name.replace("\"", "") + "\"");
            }
            s.execute("ALTER TABLE gate_scan ADD CONSTRAINT gate_scan_nonce_once UNIQUE (event_id, nonce)");
        }
    }
}
