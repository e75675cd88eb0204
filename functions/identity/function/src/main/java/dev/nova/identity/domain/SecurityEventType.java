package dev.nova.identity.domain;

/** What the security log records; owners read it as their login history. */
public enum SecurityEventType {
    SIGN_IN,
    SIGN_IN_FAILED,
    SECOND_FACTOR_FAILED,
    RECOVERY_CODE_USED,
    REFRESH_TOKEN_REUSED,
    SESSION_REVOKED,
    SIGNED_OUT_EVERYWHERE,
    PASSWORD_CHANGED,
    PASSWORD_RESET,
    EMAIL_CHANGE_REQUESTED,
    EMAIL_VERIFIED,
    USERNAME_CHANGED,
    TWO_FACTOR_ENABLED,
    TWO_FACTOR_DISABLED,
    PROVIDER_LINKED
}
