package dev.nova.identity.adapter.out.persistence;

import dev.nova.identity.adapter.out.persistence.LoginFailureRepository.RecentRow;
import dev.nova.identity.application.LoginFailures;

import java.time.Instant;

/** Failed sign-ins in {@code identity.login_failures}, read for throttling in one statement. */
public final class JdbcLoginFailures implements LoginFailures {

    private final LoginFailureRepository failures;

    public JdbcLoginFailures(LoginFailureRepository failures) {
        this.failures = failures;
    }

    @Override
    public Recent since(String key, String address, Instant since) {
        RecentRow row = failures.findRecent(key, address, since);
        return new Recent(row.forKey(), row.lastForKey(), row.forPair(), row.lastForPair(), row.forAddress(),
                row.lastForAddress());
    }

    @Override
    public void record(String key, String address, Instant at) {
        failures.insert(key, address, at);
    }

    @Override
    public void clear(String key, String address) {
        failures.deleteOf(key, address);
    }

    @Override
    public int prune(Instant before) {
        return (int) failures.deleteBefore(before);
    }
}
