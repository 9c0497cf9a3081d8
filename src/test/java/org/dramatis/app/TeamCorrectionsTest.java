package org.dramatis.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dramatis.auth.Role;
import org.dramatis.graph.DecisionRepository.DecisionRow;
import org.dramatis.graph.TestStores;
import org.dramatis.model.ActorType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A team on one graph, through the real workbench and corrections on both stores: every decision is signed, two
 * analysts correcting the same actor at once never lose a decision silently (one is refused as changed meanwhile and
 * succeeds once reloaded), and only a decision's author or an admin may undo it; only who rejected a claim or an
 * admin may restore it.
 */
@ParameterizedClass
@MethodSource("org.dramatis.graph.TestStores#kinds")
class TeamCorrectionsTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String PASSWORD = "a long enough secret";

    @Parameter
    TestStores.Kind store;

    @TempDir
    Path tmp;

    private Dramatis dramatis;
    private Workbench workbench;
    private String base;

    private Dramatis team() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a.txt"), ActorCorrectionsTest.PERSON);
        Files.writeString(in.resolve("b.txt"), ActorCorrectionsTest.PLACE);
        // A claim to judge that no threshold of the shipped models drops: a post whose body the text leaves unnamed is
        // kept unscored.
        Files.writeString(in.resolve("c.txt"), "President Omar Haddad left.");
        Dramatis d = Dramatis.open(new Config(tmp.resolve("data"), 1, "127.0.0.1", 0).withDb(store.server(tmp)),
                FakeNlp.withPlaces());
        d.pipeline().ingest(List.of(in), IngestPipeline.Progress.NONE);
        d.accounts().add("amira", Role.ADMIN, PASSWORD.toCharArray());
        d.accounts().add("omar", Role.ANALYST, PASSWORD.toCharArray());
        d.accounts().add("nadia", Role.ANALYST, PASSWORD.toCharArray());
        workbench = Workbench.start(d);
        base = "http://127.0.0.1:" + workbench.port();
        return d;
    }

    private HttpResponse<String> get(String token, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token).GET()
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String token, String path, String json) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String version(String token, long actor) throws Exception {
        Matcher m = Pattern.compile("data-version=\"([0-9a-f]+)\"").matcher(get(token, "/actors/" + actor).body());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    @Test
    void twoAnalystsRenamingOneActorAtOnce_oneIsRefusedAsChangedMeanwhile_andNothingIsLost() throws Exception {
        dramatis = team();
        try {
            String omar = dramatis.accounts().newToken("omar");
            String nadia = dramatis.accounts().newToken("nadia");
            long person = ActorCorrectionsTest.ofType(dramatis, "Sami Duri", ActorType.PERSON).id();
            String seen = version(omar, person);
            assertThat(version(nadia, person)).isEqualTo(seen);

            CyclicBarrier together = new CyclicBarrier(2);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (String[] who : new String[][] {{omar, "Sami al-Duri"}, {nadia, "Sami Douri"}}) {
                answers.add(pool.submit(() -> {
                    together.await();
                    return post(who[0], "/api/decisions/rename", "{\"actorId\":" + person + ",\"newName\":\"" + who[1]
                            + "\",\"version\":\"" + seen + "\"}");
                }));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<HttpResponse<String>> f : answers) {
                HttpResponse<String> res = f.get();
                statuses.add(res.statusCode());
                if (res.statusCode() == 409) {
                    assertThat(res.body()).contains("changed meanwhile").contains("nothing was saved");
                }
            }
            pool.shutdown();
            assertThat(statuses).as("one wins, the other is told").containsExactlyInAnyOrder(200, 409);
            List<DecisionRow> made = dramatis.decisions().history();
            assertThat(made).as("one decision per accepted correction").hasSize(1);

            String loser = made.get(0).author().equals("omar") ? nadia : omar;
            String loserName = loser.equals(omar) ? "Sami al-Duri" : "Sami Douri";
            HttpResponse<String> again = post(loser, "/api/decisions/rename", "{\"actorId\":" + person
                    + ",\"newName\":\"" + loserName + "\",\"version\":\"" + version(loser, person) + "\"}");
            assertThat(again.statusCode()).as("after a reload: " + again.body()).isEqualTo(200);
            assertThat(dramatis.decisions().history()).extracting(DecisionRow::author)
                    .containsExactlyInAnyOrder("omar", "nadia");
        } finally {
            workbench.stop();
            dramatis.close();
        }
    }

    @Test
    void decisionsAreSigned_andOnlyTheirAuthorOrAnAdminUndoesThem() throws Exception {
        dramatis = team();
        try {
            String omar = dramatis.accounts().newToken("omar");
            String nadia = dramatis.accounts().newToken("nadia");
            String amira = dramatis.accounts().newToken("amira");
            long place = ActorCorrectionsTest.ofType(dramatis, "Sami Duri", ActorType.LOCATION).id();
            assertThat(post(omar, "/api/decisions/retype", "{\"actorId\":" + place + ",\"type\":\"PERSON\"}").statusCode())
                    .isEqualTo(200);
            DecisionRow row = dramatis.decisions().history().get(0);
            assertThat(row.author()).isEqualTo("omar");
            assertThat(row.createdAt()).isNotBlank();
            assertThat(get(nadia, "/decisions").body()).contains("<span class=\"author\">omar</span>")
                    .doesNotContain("data-decision-id=\"" + row.decision().id() + "\"");
            assertThat(get(omar, "/actors/" + place).body()).contains("id=\"actor-decisions\"")
                    .contains("<span class=\"author\">omar</span>");

            HttpResponse<String> refused = post(nadia, "/api/decisions/" + row.decision().id() + "/undo", "{}");
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(refused.body()).contains("was made by 'omar'", "only 'omar' or an admin");
            assertThat(post(amira, "/api/decisions/" + row.decision().id() + "/undo", "{}").statusCode()).isEqualTo(200);
            assertThat(post(omar, "/api/decisions/retype", "{\"actorId\":" + place + ",\"type\":\"PERSON\"}").statusCode())
                    .isEqualTo(200);
            long mine = dramatis.decisions().history().get(0).decision().id();
            assertThat(post(omar, "/api/decisions/" + mine + "/undo", "{}").statusCode()).isEqualTo(200);

            String[] claim = dramatis.database().read(c -> {
                for (String table : List.of("fact_claim", "event_claim")) {
                    try (java.sql.Statement st = c.createStatement();
                         java.sql.ResultSet rs = st.executeQuery("select id from " + table + " order by id")) {
                        if (rs.next()) {
                            return new String[] {table, rs.getString(1)};
                        }
                    }
                }
                return null;
            });
            assertThat(claim).as("the two articles gave a fact or an event").isNotNull();
            assertThat(post(nadia, "/api/claims/verdict", "{\"table\":\"" + claim[0] + "\",\"ids\":[" + claim[1]
                    + "],\"confirmed\":false}").statusCode()).isEqualTo(200);
            assertThat(get(omar, "/decisions").body()).contains("<td class=\"author\">nadia</td>");
            String restore = "{\"table\":\"" + claim[0] + "\",\"ids\":[" + claim[1] + "]}";
            HttpResponse<String> notHers = post(omar, "/api/claims/restore", restore);
            assertThat(notHers.statusCode()).as(notHers.body()).isEqualTo(403);
            assertThat(notHers.body()).contains("rejected by 'nadia'", "only 'nadia' or an admin");
            assertThat(post(nadia, "/api/claims/restore", restore).statusCode()).isEqualTo(200);
        } finally {
            workbench.stop();
            dramatis.close();
        }
    }
}
