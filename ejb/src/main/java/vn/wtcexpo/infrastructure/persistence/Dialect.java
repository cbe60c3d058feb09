package vn.wtcexpo.infrastructure.persistence;

import java.util.Locale;

/** The databases the application runs on: H2 (embedded, for development and the demo) and PostgreSQL (production). */
public enum Dialect {
    H2("h2"),
    POSTGRESQL("postgresql");

    private final String folder;

    Dialect(String folder) {
        this.folder = folder;
    }

    /** The folder of this database's own migrations, beside {@code db/migration/common}. */
    public String migrations() {
        return "db/migration/" + folder;
    }

    /** The dialect of a database product name as JDBC gives it. */
    public static Dialect of(String productName) {
        String product = productName.toLowerCase(Locale.ROOT);
        if (product.contains("postgres")) {
            return POSTGRESQL;
        }
        if (product.contains("h2")) {
            return H2;
        }
        throw new IllegalStateException("Unsupported database " + productName + ": use H2 or PostgreSQL");
    }
}
