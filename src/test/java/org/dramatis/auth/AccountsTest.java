package org.dramatis.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.dramatis.graph.AccountRepository;
import org.dramatis.graph.Database;
import org.dramatis.graph.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/** Accounts on both stores: passwords and tokens checked against hashes only, roles kept with at least one admin. */
@ParameterizedClass
@MethodSource("org.dramatis.graph.TestStores#kinds")
class AccountsTest {
    static final String SECRET = "correct horse battery";

    @Parameter
    TestStores.Kind store;

    @TempDir
    Path dir;

    @Test
    void add_thenTheRightPasswordSignsIn_andAWrongOneDoesNot() {
        try (Database db = store.open(dir)) {
            Accounts accounts = new Accounts(new AccountRepository(db));
            assertThat(accounts.any()).isFalse();
            accounts.add("amira", Role.ADMIN, SECRET.toCharArray());
            assertThat(accounts.check("amira", SECRET.toCharArray())).contains(new Accounts.Account("amira", Role.ADMIN));
            assertThat(accounts.check("amira", "correct horse battery!".toCharArray())).isEmpty();
            assertThat(accounts.check("nobody", SECRET.toCharArray())).isEmpty();
            assertThat(accounts.any()).isTrue();
            assertThat(accounts.anyAdmin()).isTrue();
        }
    }

    @Test
    void passwordAndToken_areNeverStoredInClear() throws Exception {
        try (Database db = store.open(dir)) {
            Accounts accounts = new Accounts(new AccountRepository(db));
            char[] password = SECRET.toCharArray();
            accounts.add("amira", Role.ADMIN, password);
            assertThat(new String(password)).as("the caller's array is cleared").doesNotContain("horse");
            String token = accounts.newToken("amira");
            List<String> cells = new ArrayList<>();
            db.read(c -> {
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select * from account")) {
                    while (rs.next()) {
                        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                            cells.add(String.valueOf(rs.getString(i)));
                        }
                    }
                }
                return null;
            });
            assertThat(cells).anyMatch(v -> v.startsWith("$argon2id$v=19$"));
            assertThat(String.join(" ", cells)).doesNotContain(SECRET).doesNotContain(token);
            assertThat(accounts.byToken(token)).contains(new Accounts.Account("amira", Role.ADMIN));
            assertThat(accounts.byToken(token + "x")).isEmpty();
            assertThat(accounts.newToken("amira")).isNotEqualTo(token);
            assertThat(accounts.byToken(token)).as("a new token replaces the old one").isEmpty();
        }
    }

    @Test
    void badNamesShortPasswordsAndTakenNames_areRefusedWithTheReason() {
        try (Database db = store.open(dir)) {
            Accounts accounts = new Accounts(new AccountRepository(db));
            assertThatThrownBy(() -> accounts.add("a b", Role.VIEWER, SECRET.toCharArray())).hasMessageContaining("'a b'");
            assertThatThrownBy(() -> accounts.add("local", Role.VIEWER, SECRET.toCharArray()))
                    .hasMessageContaining("single user");
            assertThatThrownBy(() -> accounts.add("omar", Role.VIEWER, "short".toCharArray()))
                    .hasMessageContaining("at least 8");
            accounts.add("omar", Role.VIEWER, SECRET.toCharArray());
            assertThatThrownBy(() -> accounts.add("omar", Role.ADMIN, SECRET.toCharArray()))
                    .hasMessageContaining("exists already");
            assertThatThrownBy(() -> Role.parse("boss")).hasMessageContaining("viewer, analyst or admin");
        }
    }

    @Test
    void theLastAdmin_isNeitherRemovedNorDemotedWhileOthersRemain() {
        try (Database db = store.open(dir)) {
            Accounts accounts = new Accounts(new AccountRepository(db));
            accounts.add("amira", Role.ADMIN, SECRET.toCharArray());
            accounts.add("omar", Role.ANALYST, SECRET.toCharArray());
            assertThatThrownBy(() -> accounts.remove("amira")).hasMessageContaining("last admin");
            assertThatThrownBy(() -> accounts.setRole("amira", Role.VIEWER)).hasMessageContaining("last admin");
            assertThat(accounts.setRole("omar", Role.ADMIN)).isTrue();
            assertThat(accounts.remove("amira")).isTrue();
            assertThat(accounts.remove("amira")).isFalse();
            assertThat(accounts.list()).extracting(Accounts.Listed::name, Accounts.Listed::role)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("omar", Role.ADMIN));
        }
    }
}
