package dev.nova.identity.application;

import dev.nova.identity.api.Acknowledged;
import dev.nova.identity.api.AuthResult;
import dev.nova.identity.api.CodeRequest;
import dev.nova.identity.api.Reauthentication;
import dev.nova.identity.api.RecoveryCodes;
import dev.nova.identity.api.SecondFactorRequest;
import dev.nova.identity.api.TwoFactorEnrollment;
import dev.nova.identity.domain.Account;
import dev.nova.identity.domain.RecoveryCode;
import dev.nova.identity.domain.SecretToken;
import dev.nova.identity.domain.SecurityEventType;
import dev.nova.identity.domain.Totp;
import dev.nova.kernel.Caller;
import dev.nova.kernel.DomainException;
import dev.nova.kernel.ErrorCode;
import dev.nova.kernel.UnitOfWork;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;

/**
 * Two-factor sign-in with TOTP: enrolling makes a secret that stays inactive until a code from it is confirmed
 * (so a mistyped QR code cannot lock anyone out); confirming turns it on and answers ten recovery codes, once;
 * turning it off needs the password. Completing a challenged sign-in takes a TOTP code or a recovery code.
 */
public final class TwoFactor {

    static final String ISSUER = "Nova";

    private final Accounts accounts;
    private final AccountTokens tokens;
    private final RecoveryCodeStore recoveryCodes;
    private final SecondFactor secondFactor;
    private final Reauthenticator reauthenticator;
    private final SignInGate gate;
    private final SecurityLog log;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public TwoFactor(Accounts accounts, AccountTokens tokens, RecoveryCodeStore recoveryCodes,
                     SecondFactor secondFactor, Reauthenticator reauthenticator, SignInGate gate, SecurityLog log,
                     UnitOfWork unitOfWork, Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.recoveryCodes = recoveryCodes;
        this.secondFactor = secondFactor;
        this.reauthenticator = reauthenticator;
        this.gate = gate;
        this.log = log;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    public TwoFactorEnrollment enroll(Caller caller) {
        Account account = reauthenticator.account(caller);
        if (account.twoFactorEnabled()) {
            throw DomainException.conflict("twoFactor", "two-factor sign-in is already on; turn it off first");
        }
        String secret = Totp.newSecret();
        accounts.setPendingTotp(account.id(), secret);
        return new TwoFactorEnrollment(secret, Totp.uri(ISSUER, account.username().value(), secret));
    }

    public RecoveryCodes confirm(Caller caller, CodeRequest request) {
        Account account = reauthenticator.account(caller);
        String secret = accounts.pendingTotp(account.id()).orElseThrow(() -> DomainException.conflict("twoFactor",
                "no two-factor enrollment is waiting; enroll first"));
        Instant now = clock.instant();
        OptionalLong step = Totp.of(secret).matchingStep(request.code(), now, null);
        if (step.isEmpty()) {
            throw DomainException.badInput("code", "does not match; check the time on your device");
        }
        List<RecoveryCode> codes = RecoveryCode.generate();
        unitOfWork.inTransaction(() -> {
            accounts.enableTotp(account.id(), secret, step.getAsLong());
            recoveryCodes.replace(account.id(), codes.stream().map(RecoveryCode::hash).toList());
            log.record(account.id(), SecurityEventType.TWO_FACTOR_ENABLED, caller.client(), now);
            return null;
        });
        return new RecoveryCodes(codes.stream().map(RecoveryCode::value).toList());
    }

    public Acknowledged disable(Caller caller, Reauthentication request) {
        Account account = reauthenticator.withPassword(caller, request.password());
        unitOfWork.inTransaction(() -> {
            accounts.disableTotp(account.id());
            recoveryCodes.removeAll(account.id());
            log.record(account.id(), SecurityEventType.TWO_FACTOR_DISABLED, caller.client(), clock.instant());
            return null;
        });
        return Acknowledged.YES;
    }

    /**
     * Completes a challenged sign-in. Each code offered counts against the challenge, wrong or not, and the
     * challenge dies at its fifth; the right code uses it up, so it opens one session only.
     */
    public AuthResult completeSignIn(Caller caller, SecondFactorRequest request) {
        SecretToken challenge = SecretToken.presented(request.challenge()).orElseThrow(TwoFactor::challengeEnded);
        Instant now = clock.instant();
        AccountTokens.Issued issued = tokens.attempt(challenge.hash(), AccountTokens.Purpose.SIGN_IN_CHALLENGE, now,
                SignInGate.CHALLENGE_ATTEMPTS).orElseThrow(TwoFactor::challengeEnded);
        Account account = accounts.byId(issued.accountId()).orElseThrow(TwoFactor::challengeEnded);
        if (!secondFactor.accepts(account, request.code(), caller.client())) {
            log.record(account.id(), SecurityEventType.SECOND_FACTOR_FAILED, caller.client(), now);
            throw new DomainException(ErrorCode.UNAUTHENTICATED, "wrong code", "code");
        }
        return unitOfWork.inTransaction(() -> {
            tokens.consume(challenge.hash(), AccountTokens.Purpose.SIGN_IN_CHALLENGE, now)
                    .orElseThrow(TwoFactor::challengeEnded);
            return gate.signIn(account, caller.client(), now);
        });
    }

    private static DomainException challengeEnded() {
        return DomainException.unauthenticated("the sign-in has expired; sign in again");
    }
}
