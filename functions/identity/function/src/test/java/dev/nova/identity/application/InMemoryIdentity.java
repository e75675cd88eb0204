package dev.nova.identity.application;

import dev.nova.identity.api.Revocations;
import dev.nova.identity.api.SessionView;
import dev.nova.identity.domain.Account;
import dev.nova.identity.domain.Password;
import dev.nova.identity.domain.Session;
import dev.nova.kernel.DomainException;
import dev.nova.kernel.UnitOfWork;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/** In-memory fakes of identity's ports, with a unit of work that really rolls back. */
final class InMemoryIdentity
        implements Accounts, AccountEvents, Sessions, PasswordHasher, AccessTokens, UnitOfWork {

    final Map<UUID, Account> accounts = new HashMap<>();
    final List<Session> sessions = new ArrayList<>();
    final List<Account> registeredEvents = new ArrayList<>();
    int decoyChecks;
    int realChecks;

    @Override
    public void add(Account account) {
        boolean taken = accounts.values().stream().anyMatch(a ->
                a.email().normalized().equals(account.email().normalized())
                        || a.username().normalized().equals(account.username().normalized()));
        if (taken) {
            throw DomainException.conflict("email", "taken");
        }
        accounts.put(account.id(), account);
    }

    @Override
    public Optional<Account> byId(UUID id) {
        return Optional.ofNullable(accounts.get(id));
    }

    @Override
    public Optional<Account> byEmailOrUsername(String normalizedIdentifier) {
        return accounts.values().stream().filter(a -> a.email().normalized().equals(normalizedIdentifier)
                || a.username().normalized().equals(normalizedIdentifier)).findFirst();
    }

    @Override
    public void registered(Account account) {
        registeredEvents.add(account);
    }

    final Map<String, UUID> rotated = new HashMap<>();

    @Override
    public void start(Session session) {
        sessions.add(session);
    }

    @Override
    public Optional<Session> byRefreshTokenHash(String hash) {
        return sessions.stream().filter(s -> s.refreshTokenHash().equals(hash)).findFirst();
    }

    @Override
    public Optional<UUID> byRotatedTokenHash(String hash) {
        return Optional.ofNullable(rotated.get(hash));
    }

    @Override
    public void rotate(Session session, String newHash, Instant now) {
        rotated.put(session.refreshTokenHash(), session.id());
        replace(session, new Session(session.id(), session.accountId(), newHash, session.client(),
                session.createdAt(), session.expiresAt(), session.revokedAt()));
    }

    @Override
    public boolean revoke(UUID sessionId, Instant now, String reason) {
        Session session = sessions.stream().filter(s -> s.id().equals(sessionId)).findFirst().orElseThrow();
        if (session.revokedAt() != null) {
            return false;
        }
        replace(session, new Session(session.id(), session.accountId(), session.refreshTokenHash(),
                session.client(), session.createdAt(), session.expiresAt(), now));
        return true;
    }

    @Override
    public boolean revokeOwn(UUID accountId, UUID sessionId, Instant now, String reason) {
        boolean own = sessions.stream().anyMatch(s -> s.id().equals(sessionId) && s.accountId().equals(accountId));
        return own && revoke(sessionId, now, reason);
    }

    @Override
    public int revokeAll(UUID accountId, Instant now, String reason) {
        List<UUID> live = sessions.stream().filter(s -> s.accountId().equals(accountId) && s.revokedAt() == null)
                .map(Session::id).toList();
        live.forEach(id -> revoke(id, now, reason));
        return live.size();
    }

    @Override
    public List<SessionView> liveOf(UUID accountId, Instant now, Instant afterCreatedAt, UUID afterId, int limit,
                                    UUID currentSessionId) {
        return sessions.stream().filter(s -> s.accountId().equals(accountId) && s.isLiveAt(now))
                .map(s -> new SessionView(s.id(), s.client().userAgent(), s.client().address(), s.createdAt(),
                        s.createdAt(), s.id().equals(currentSessionId)))
                .limit(limit).toList();
    }

    @Override
    public List<Revocations.Revoked> revokedSince(Instant since, int limit) {
        return sessions.stream().filter(s -> s.revokedAt() != null && s.revokedAt().isAfter(since))
                .map(s -> new Revocations.Revoked(s.id(), s.revokedAt())).limit(limit).toList();
    }

    private void replace(Session old, Session updated) {
        sessions.set(sessions.indexOf(old), updated);
    }

    @Override
    public String hash(Password password) {
        return "hashed:" + password.reveal();
    }

    @Override
    public boolean matches(Password password, String storedHash) {
        realChecks++;
        return storedHash.equals("hashed:" + password.reveal());
    }

    @Override
    public void matchNothing(Password password) {
        decoyChecks++;
    }

    @Override
    public String issue(UUID accountId, UUID sessionId) {
        return "token-for-" + accountId + "-" + sessionId;
    }

    @Override
    public Duration lifetime() {
        return Duration.ofMinutes(15);
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        Map<UUID, Account> accountsBefore = new HashMap<>(accounts);
        List<Session> sessionsBefore = new ArrayList<>(sessions);
        List<Account> eventsBefore = new ArrayList<>(registeredEvents);
        try {
            return work.get();
        } catch (RuntimeException e) {
            accounts.clear();
            accounts.putAll(accountsBefore);
            sessions.clear();
            sessions.addAll(sessionsBefore);
            registeredEvents.clear();
            registeredEvents.addAll(eventsBefore);
            throw e;
        }
    }
}
