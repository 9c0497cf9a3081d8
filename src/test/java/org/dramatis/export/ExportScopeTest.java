package org.dramatis.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.dramatis.eval.EvalFixture;
import org.dramatis.graph.Views.ActorSummary;
import org.dramatis.model.DramatisException;
import org.dramatis.model.FactKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportScopeTest {
    @TempDir
    Path dir;

    @Test
    void scope_keepsTheFocusActorsFactsBetweenActorsOfTheKindsAskedValidOnTheDate() {
        EvalFixture fx = EvalFixture.sample(dir);
        long castell = id(fx, "Mira Castell");

        List<String> all = factRows(fx, new ExportScope(castell, null, null));
        // Castell heads the guard (2016 -) and was born in Port Selin; the hypothetical OPPOSES does not count.
        assertThat(all).hasSize(2).allMatch(row -> row.contains("," + castell + ","));
        assertThat(all).anyMatch(row -> row.startsWith("role:")).anyMatch(row -> row.startsWith("born:"));

        assertThat(factRows(fx, new ExportScope(castell, Set.of(FactKind.ROLE), null)))
                .singleElement().satisfies(row -> assertThat(row).startsWith("role:"));
        assertThat(factRows(fx, new ExportScope(castell, Set.of(FactKind.ROLE), "2015"))).isEmpty();
        assertThat(factRows(fx, new ExportScope(castell, Set.of(FactKind.ROLE), "2016-03"))).hasSize(1);
    }

    @Test
    void scope_holdsOnlyTheActorsItsFactsJoinAndNoEvents() {
        EvalFixture fx = EvalFixture.sample(dir);
        StringWriter actors = new StringWriter();
        Exporters.write(ExportFormat.CSV_ACTORS, fx.graph(), fx.events(), new ExportScope(null, Set.of(FactKind.BACKS), null),
                actors);
        assertThat(rows(actors)).extracting(r -> r.split(",")[1])
                .containsExactlyInAnyOrder("Veloria", "Northern Shield Brigade");
        StringWriter events = new StringWriter();
        Exporters.write(ExportFormat.CSV_EVENTS, fx.graph(), fx.events(), new ExportScope(null, Set.of(FactKind.BACKS), null),
                events);
        assertThat(rows(events)).isEmpty();

        StringWriter whole = new StringWriter();
        Exporters.write(ExportFormat.CSV_EVENTS, fx.graph(), fx.events(), ExportScope.WHOLE, whole);
        assertThat(rows(whole)).hasSize(2);
    }

    @Test
    void scope_refusesADateThatIsNone() {
        assertThatThrownBy(() -> new ExportScope(null, null, "June 2021")).isInstanceOf(DramatisException.class)
                .hasMessageContaining("'June 2021'");
    }

    private static List<String> factRows(EvalFixture fx, ExportScope scope) {
        StringWriter out = new StringWriter();
        Exporters.write(ExportFormat.CSV_FACTS, fx.graph(), fx.events(), scope, out);
        return rows(out);
    }

    private static List<String> rows(StringWriter out) {
        List<String> lines = Arrays.asList(out.toString().split("\r\n"));
        return lines.subList(1, lines.size()).stream().filter(l -> !l.isBlank()).toList();
    }

    private static long id(EvalFixture fx, String name) {
        return fx.graph().actors(100, null).stream().filter(a -> a.name().equals(name)).mapToLong(ActorSummary::id)
                .findFirst().orElseThrow();
    }
}
