package dev.nova.migrations;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Secrets hold a login as RDS writes it; what is wrong with one is said without quoting it. */
class DatabaseLoginTest {

    @Test
    void readsUsernameAndPasswordAndKeepsThePasswordOutOfItsDescription() {
        DatabaseLogin login = DatabaseLogin.fromSecret("arn:s", "{\"username\":\"nova_users\",\"password\":\"p'w\","
                + "\"engine\":\"postgres\",\"port\":5432}");

        assertThat(login.username()).isEqualTo("nova_users");
        assertThat(login.password()).isEqualTo("p'w");
        assertThat(login.toString()).doesNotContain("p'w");
    }

    @Test
    void aSecretThatIsNotJsonFailsWithoutQuotingIt() {
        assertThatThrownBy(() -> DatabaseLogin.fromSecret("arn:s", "hunter2-not-json"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("secret arn:s is not JSON")
                .hasNoCause();
    }

    @Test
    void aSecretWithoutAPasswordFailsNamingTheField() {
        assertThatThrownBy(() -> DatabaseLogin.fromSecret("arn:s", "{\"username\":\"nova_users\"}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("secret arn:s has no password (a JSON string)");
        assertThatThrownBy(() -> DatabaseLogin.fromSecret("arn:s", "[1, 2]"))
                .hasMessage("secret arn:s has no username (a JSON string)");
    }
}
