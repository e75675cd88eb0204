package dev.nova.kernel;

import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CallerTest {

    @Test
    void anAnonymousCallerCannotActAsAUser() {
        Caller anonymous = Caller.anonymous("c", null);

        assertThat(anonymous.isAuthenticated()).isFalse();
        assertThat(anonymous.client()).isEqualTo(ClientInfo.UNKNOWN);
        assertThatThrownBy(anonymous::requireUser)
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.UNAUTHENTICATED));
    }

    @Test
    void aSignedInCallerCarriesItsRoles() {
        UUID user = Ids.newId();
        Caller caller = Caller.user(user, Ids.newId(), "c", Set.of("moderator"), ClientInfo.UNKNOWN);

        assertThat(caller.requireUser()).isEqualTo(user);
        assertThat(caller.hasRole("moderator")).isTrue();
        assertThat(caller.hasRole("admin")).isFalse();
    }

    @Test
    void anOverlongUserAgentIsCut() {
        assertThat(new ClientInfo("1.2.3.4", "x".repeat(5000)).userAgent()).hasSize(512);
    }
}
