package dev.nova.identity.application;

import dev.nova.identity.domain.Account;
import dev.nova.identity.domain.RecoveryCode;
import dev.nova.identity.domain.SecurityEventType;
import dev.nova.identity.domain.Totp;
import dev.nova.kernel.ClientInfo;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Checks a second factor: a TOTP code (one step of clock skew either way, never the same step twice) or one of the
 * account's unused recovery codes, which it then uses up.
 */
public final class SecondFactor {

    private final Accounts accounts;
    private final RecoveryCodeStore recoveryCodes;
    private final SecurityLog log;
    private final Clock clock;

    public SecondFactor(Accounts accounts, RecoveryCodeStore recoveryCodes, SecurityLog log, Clock clock) {
        this.accounts = accounts;
        this.recoveryCodes = recoveryCodes;
        this.log = log;
        this.clock = clock;
    }

    /** True when {@code code} is a fresh TOTP code or an unused recovery code of the account. */
    boolean accepts(Account account, String code, ClientInfo client) {
        if (!account.twoFactorEnabled() || code == null) {
            return false;
        }
        Instant now = clock.instant();
        if (Totp.looksLikeCode(code)) {
            OptionalLong step = Totp.of(account.totpSecret()).matchingStep(code, now, account.totpLastStep());
            return step.isPresent() && accounts.acceptTotpStep(account.id(), step.getAsLong());
        }
        Optional<RecoveryCode> recovery = RecoveryCode.presented(code);
        if (recovery.isPresent() && recoveryCodes.use(account.id(), recovery.get().hash(), now)) {
            log.record(account.id(), SecurityEventType.RECOVERY_CODE_USED, client, now);
            return true;
        }
        return false;
    }
}
