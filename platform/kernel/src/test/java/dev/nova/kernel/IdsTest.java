package dev.nova.kernel;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdsTest {

    @Test
    void makesVersion7IdsWithTheRfcVariantAndTheirCreationTime() {
        UUID id = Ids.newId(1_795_321_540_414L);

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(Ids.timeOf(id)).isEqualTo(Instant.ofEpochMilli(1_795_321_540_414L));
    }

    @Test
    void idsMadeLaterSortLater() {
        UUID earlier = Ids.newId(1000);
        UUID later = Ids.newId(1001);

        assertThat(earlier.toString()).isLessThan(later.toString());
    }

    @Test
    void idsAreUnique() {
        Set<UUID> ids = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            ids.add(Ids.newId());
        }
        assertThat(ids).hasSize(10_000);
    }

    @Test
    void parsingAClientIdRefusesGarbageAsBadInput() {
        assertThatThrownBy(() -> Ids.parse("not-an-id", "userId"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.BAD_USER_INPUT);
                    assertThat(e.field()).isEqualTo("userId");
                });
        assertThatThrownBy(() -> Ids.timeOf(UUID.randomUUID())).isInstanceOf(IllegalArgumentException.class);
    }
}
