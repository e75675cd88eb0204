package dev.nova.persistence;

import org.postgresql.ds.PGSimpleDataSource;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * The driver's data source under a domain's pool. It logs every new physical connection in with a password asked
 * for at that moment (Hikari keeps one username and password for the pool's life, which an expiring IAM auth token
 * cannot be), and counts the statements prepared on its connections: Hikari hands every {@code prepareStatement}
 * to the physical connection, so the count holds whatever runs them (repositories, the outbox, platform SQL).
 */
final class LoginDataSource implements DataSource {

    private static final Set<String> PREPARING = Set.of("prepareStatement", "prepareCall", "createStatement");

    private final PGSimpleDataSource driver = new PGSimpleDataSource();
    private final String username;
    private final Supplier<String> passwords;
    private final LongAdder statements = new LongAdder();

    LoginDataSource(String jdbcUrl, String username, String applicationName, Supplier<String> passwords) {
        driver.setURL(jdbcUrl);
        driver.setApplicationName(applicationName);
        driver.setReWriteBatchedInserts(true);
        this.username = username;
        this.passwords = passwords;
    }

    /** How many statements have been prepared on this data source's connections. */
    long statementsIssued() {
        return statements.sum();
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection connection = driver.getConnection(username, passwords.get());
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, arguments) -> {
                    if (PREPARING.contains(method.getName())) {
                        statements.increment();
                    }
                    try {
                        return method.invoke(connection, arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Override
    public Connection getConnection(String otherUsername, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("this data source logs in as " + username + " only");
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
