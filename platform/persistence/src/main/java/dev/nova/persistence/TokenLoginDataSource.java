package dev.nova.persistence;

import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * The driver's data source, logging every new physical connection in with a password asked for at that moment:
 * Hikari keeps one username and password for the pool's life, which an expiring IAM auth token cannot be.
 */
final class TokenLoginDataSource implements DataSource {

    private final PGSimpleDataSource driver = new PGSimpleDataSource();
    private final String username;
    private final Supplier<String> passwords;

    TokenLoginDataSource(String jdbcUrl, String username, String applicationName, Supplier<String> passwords) {
        driver.setURL(jdbcUrl);
        driver.setApplicationName(applicationName);
        driver.setReWriteBatchedInserts(true);
        this.username = username;
        this.passwords = passwords;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return driver.getConnection(username, passwords.get());
    }

    @Override
    public Connection getConnection(String otherUsername, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("this data source logs in as " + username + " with tokens only");
    }

    @Override
    public PrintWriter getLogWriter() {
        return driver.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        driver.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) {
        driver.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() {
        return driver.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() {
        return driver.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("not a wrapper of " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
