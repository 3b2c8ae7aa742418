package org.binome.shared;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;

/**
 * Which database Binôme runs on: the embedded H2 by default, PostgreSQL in production. The one place that asks the
 * connection's metadata, once; the few statements and settings that differ between the two ask here.
 */
@Component
public class Database {

    /** The databases Binôme knows; {@code OTHER} for any other product name. */
    public enum Product {
        H2,
        POSTGRESQL,
        OTHER
    }

    private final DataSource dataSource;
    private volatile Product product;

    public Database(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * The database's product, from the metadata of the first connection that answered.
     *
     * @throws org.springframework.dao.DataAccessException when no connection answers (nothing is kept then)
     */
    public Product product() {
        var known = product;
        if (known == null) {
            known = of(productName());
            product = known;
        }
        return known;
    }

    /**
     * A moment as a query parameter compared with a {@code timestamp with time zone} column: an offset date-time in UTC,
     * which both databases compare as it is. A {@code java.sql.Timestamp} is a local time: H2 converts it to the
     * column's type at every comparison, a third of an aggregate's time over a page's sessions.
     */
    public static OffsetDateTime moment(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    public boolean isPostgresql() {
        return product() == Product.POSTGRESQL;
    }

    public boolean isH2() {
        return product() == Product.H2;
    }

    static Product of(String productName) {
        if ("PostgreSQL".equalsIgnoreCase(productName)) {
            return Product.POSTGRESQL;
        }
        return "H2".equalsIgnoreCase(productName) ? Product.H2 : Product.OTHER;
    }

    private String productName() {
        try {
            return JdbcUtils.extractDatabaseMetaData(dataSource, metaData -> metaData.getDatabaseProductName());
        } catch (MetaDataAccessException e) {
            throw new DataAccessResourceFailureException("The database did not say what it is", e);
        }
    }
}
