package vn.wtcexpo.shared;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Where the plain-JDBC statements of the scan path get their connection: the open scan unit's when the calling thread
 * runs one (so a badge read joins the scan's transaction), else the application's data source's, given back after
 * the statement (in a JTA transaction, that transaction's). Implemented in the infrastructure; a repository that
 * should join a scan asks for it by injection, nothing joins silently.
 */
public interface Connections {

    Lease lease() throws SQLException;

    /** Whether the calling thread runs a scan unit (statements then run in its transaction). */
    boolean inUnit();

    /** A connection lent for one statement or one round trip. */
    interface Lease extends AutoCloseable {
        PreparedStatement prepare(String sql) throws SQLException;

        @Override
        void close() throws SQLException;
    }
}
