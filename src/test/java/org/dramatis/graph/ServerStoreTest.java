package org.dramatis.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.dramatis.model.DramatisException;
import org.junit.jupiter.api.Test;

class ServerStoreTest {
    @Test
    void parse_takesTheUserFromTheQuery_andKeepsTheDriversOptions() {
        ServerStore s = ServerStore.parse("postgresql://db.local:5433/dramatis?user=desk&sslmode=require", null);
        assertThat(s.jdbcUrl()).isEqualTo("jdbc:postgresql://db.local:5433/dramatis?sslmode=require");
        assertThat(s.user()).isEqualTo("desk");
        assertThat(s.password()).isNull();
    }

    @Test
    void parse_readsThePasswordFromTheUrlBeforeTheEnvironment() {
        assertThat(ServerStore.parse("postgresql://desk:s%40cret@127.0.0.1/dramatis", "fromenv").password()).isEqualTo("s@cret");
        assertThat(ServerStore.parse("postgres://127.0.0.1/dramatis?user=desk&password=p2", "fromenv").password()).isEqualTo("p2");
        assertThat(ServerStore.parse("postgresql://127.0.0.1/dramatis?user=desk", "fromenv").password()).isEqualTo("fromenv");
    }

    @Test
    void parse_takesAJdbcUrl_andDefaultsTheHost() {
        ServerStore jdbc = ServerStore.parse("jdbc:postgresql://127.0.0.1:5432/news?user=desk", null);
        assertThat(jdbc.jdbcUrl()).isEqualTo("jdbc:postgresql://127.0.0.1:5432/news");
        assertThat(ServerStore.parse("postgresql:///news", null).jdbcUrl()).isEqualTo("jdbc:postgresql://localhost/news");
    }

    @Test
    void toString_showsTheUserButNeverThePassword() {
        ServerStore s = ServerStore.parse("postgresql://desk:hunter2@127.0.0.1:5432/dramatis?password=hunter3", null);
        assertThat(s.toString()).isEqualTo("postgresql://127.0.0.1:5432/dramatis?user=desk").doesNotContain("hunter");
    }

    @Test
    void parse_refusesWhatIsNoPostgresqlUrl_withoutShowingThePassword() {
        assertThatThrownBy(() -> ServerStore.parse("mysql://127.0.0.1/dramatis", null))
                .isInstanceOf(DramatisException.class).hasMessageContaining("mysql://127.0.0.1/dramatis is not a PostgreSQL URL");
        assertThatThrownBy(() -> ServerStore.parse("postgresql://desk:hunter2@127.0.0.1:5432/?user=desk", null))
                .isInstanceOf(DramatisException.class).hasMessageContaining("names no database")
                .hasMessageNotContaining("hunter2");
    }
}
