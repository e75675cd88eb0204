package dev.nova.kernel;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PaginationTest {

    @Test
    void aCursorRoundTripsItsKeysAsOpaqueUrlSafeText() {
        Cursor cursor = Cursor.of("2026-11-22T04:00:00Z", "01a20180-aeb5-76d8-909d-ec20294402ce");

        String encoded = cursor.encode();

        assertThat(encoded).matches("[A-Za-z0-9_-]+");
        assertThat(Cursor.decode(encoded)).isEqualTo(cursor);
        assertThat(Cursor.decode(encoded).key(1)).isEqualTo("01a20180-aeb5-76d8-909d-ec20294402ce");
    }

    @Test
    void aForgedOrTruncatedCursorIsBadInput() {
        assertThatThrownBy(() -> Cursor.decode("not base64!")).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> Cursor.decode("x".repeat(600))).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> Cursor.of("one").key(1)).isInstanceOf(DomainException.class);
    }

    @Test
    void aPageSizeIsBoundedAndDefaulted() {
        assertThat(PageRequest.of(null, null).first()).isEqualTo(PageRequest.DEFAULT_SIZE);
        assertThatThrownBy(() -> PageRequest.of(0, null)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> PageRequest.of(PageRequest.MAX_SIZE + 1, null))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("first"));
    }

    @Test
    void anOverfetchedRowOnlySaysThatAnotherPageExists() {
        PageRequest firstTwo = PageRequest.of(2, null);
        Page<String> more = Page.fromOverfetched(List.of("a", "b", "c"), firstTwo, Cursor::of);
        Page<String> last = Page.fromOverfetched(List.of("a", "b"), firstTwo, Cursor::of);
        Page<String> empty = Page.fromOverfetched(List.of(), firstTwo, Cursor::of);

        assertThat(more.items()).containsExactly("a", "b");
        assertThat(more.hasNextPage()).isTrue();
        assertThat(Cursor.decode(more.endCursor()).key(0)).isEqualTo("b");
        assertThat(last.hasNextPage()).isFalse();
        assertThat(empty.endCursor()).isNull();
        assertThat(empty.startCursor()).isNull();
    }

    @Test
    void everyItemHasItsCursorAndAPageAfterACursorHasOneBefore() {
        Page<String> first = Page.fromOverfetched(List.of("a", "b", "c"), PageRequest.of(2, null), Cursor::of);
        Page<String> second = Page.fromOverfetched(List.of("c"), PageRequest.of(2, first.endCursor()), Cursor::of);

        assertThat(first.cursors()).extracting(cursor -> Cursor.decode(cursor).key(0)).containsExactly("a", "b");
        assertThat(Cursor.decode(first.startCursor()).key(0)).isEqualTo("a");
        assertThat(first.hasPreviousPage()).isFalse();
        assertThat(second.hasPreviousPage()).isTrue();
        assertThat(second.startCursor()).isEqualTo(second.endCursor());
        assertThatThrownBy(() -> new Page<>(List.of("a"), List.of(), false, false))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
