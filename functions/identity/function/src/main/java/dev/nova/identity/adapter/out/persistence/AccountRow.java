package dev.nova.identity.adapter.out.persistence;

import dev.nova.identity.domain.Account;
import dev.nova.identity.domain.EmailAddress;
import dev.nova.identity.domain.Username;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** The columns of {@code identity.accounts} that make an {@link Account}. */
@MappedEntity("accounts")
public record AccountRow(@Id UUID id, @Nullable String email, @Nullable String username,
                         @Nullable String passwordHash, Instant createdAt, @Nullable Instant emailVerifiedAt,
                         @Nullable String totpSecret, @Nullable Long totpLastStep,
                         @TypeDef(type = DataType.STRING_ARRAY) String[] roles) {

    /** The columns a query selects for this row, from {@code accounts a}. */
    static final String COLUMNS = "a.id, a.email, a.username, a.password_hash, a.created_at, a.email_verified_at, "
            + "a.totp_secret, a.totp_last_step, a.roles";

    Account account() {
        return new Account(id, new EmailAddress(email), new Username(username), passwordHash, createdAt,
                emailVerifiedAt, totpSecret, totpLastStep, Set.of(roles));
    }
}
