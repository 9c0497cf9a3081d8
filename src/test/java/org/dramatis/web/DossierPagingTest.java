package org.dramatis.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.dramatis.dev.bench.CorpusWriter;
import org.dramatis.graph.Database;
import org.dramatis.graph.DecisionRepository;
import org.dramatis.graph.EntityRepository;
import org.dramatis.graph.EventQueries;
import org.dramatis.graph.GraphQueries;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dossier lists the first few pieces of evidence per fact and event with the count of all, and the rest is paged
 * in from the evidence endpoint and page; checked on a synthetic corpus where popular actors repeat the same facts.
 */
class DossierPagingTest {
    @TempDir
    static Path dir;

    private static Database db;
    private static WebServer server;
    private static TestClient client;
    /** The fact with the most claims in the corpus, with all its evidence. */
    private static JsonNode bigFact;
    private static JsonNode bigEvent;

    @BeforeAll
    static void start() throws Exception {
        db = Database.open(dir);
        // Enough articles that some raid, meeting or arrest (same day, town and people) is told twice.
        new CorpusWriter(db).write(1000, 11, CorpusWriter.Mode.KNOWN, null, n -> { });
        GraphQueries graph = new GraphQueries(db);
        server = new WebServer(new WebServices(graph, new EventQueries(db), new EntityRepository(db), new DecisionRepository(db), new FakeCorrector()));
        client = new TestClient(server.start("127.0.0.1", 0));
        bigFact = largest(client.json("/api/facts"), 5);
        bigEvent = largest(client.json("/api/events"), 1);
    }

    @AfterAll
    static void stop() {
        server.stop();
        db.close();
    }

    private static JsonNode largest(JsonNode items, int moreThan) {
        JsonNode best = null;
        for (JsonNode item : items) {
            if (best == null || item.get("evidence").size() > best.get("evidence").size()) {
                best = item;
            }
        }
        assertThat(best.get("evidence").size()).as("the corpus repeats some fact or event").isGreaterThan(moreThan);
        assertThat(best.get("evidenceCount").asInt()).isEqualTo(best.get("evidence").size());
        return best;
    }

    /**
     * A participant of the big event named in each of its reports: a report joins an event through any participant it
     * shares, and an actor's dossier holds only the reports that name that actor.
     */
    private static long inEveryReport() throws Exception {
        for (JsonNode p : bigEvent.get("participants")) {
            long id = p.get("actorId").asLong();
            for (JsonNode e : client.json("/api/actors/" + id + "?evidence=1").get("events")) {
                if (e.get("key").asText().equals(bigEvent.get("key").asText())
                        && e.get("evidenceCount").asInt() == bigEvent.get("evidence").size()) {
                    return id;
                }
            }
        }
        throw new AssertionError("no participant of " + bigEvent + " is named in every report");
    }

    private static JsonNode find(JsonNode items, String key) {
        return StreamSupport.stream(items.spliterator(), false).filter(i -> i.get("key").asText().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no item " + key + " in " + items));
    }

    private static List<Long> claimIds(JsonNode evidence) {
        List<Long> out = new ArrayList<>();
        evidence.forEach(e -> out.add(e.get("claimId").asLong()));
        return out;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void dossier_carriesTheFirstThreePiecesOfEvidenceAndTheCountOfAll() throws Exception {
        long subject = bigFact.get("subjectId").asLong();
        List<Long> all = claimIds(bigFact.get("evidence"));

        JsonNode fact = find(client.json("/api/actors/" + subject).get("facts"), bigFact.get("key").asText());
        assertThat(fact.get("evidenceCount").asInt()).isEqualTo(all.size());
        assertThat(claimIds(fact.get("evidence"))).isEqualTo(all.subList(0, 3));

        JsonNode none = find(client.json("/api/actors/" + subject + "?evidence=0").get("facts"), bigFact.get("key").asText());
        assertThat(none.get("evidence")).isEmpty();
        assertThat(none.get("evidenceCount").asInt()).isEqualTo(all.size());
        JsonNode every = find(client.json("/api/actors/" + subject + "?evidence=1000").get("facts"), bigFact.get("key").asText());
        assertThat(claimIds(every.get("evidence"))).isEqualTo(all);
        assertThat(every.get("evidence").get(0)).isEqualTo(bigFact.get("evidence").get(0));

        long participant = inEveryReport();
        JsonNode event = find(client.json("/api/actors/" + participant + "?evidence=1").get("events"),
                bigEvent.get("key").asText());
        assertThat(event.get("evidenceCount").asInt()).isEqualTo(bigEvent.get("evidence").size());
        assertThat(claimIds(event.get("evidence"))).isEqualTo(claimIds(bigEvent.get("evidence")).subList(0, 1));
    }

    @Test
    void evidenceEndpoint_pagesThroughAllEvidenceInOrder() throws Exception {
        long subject = bigFact.get("subjectId").asLong();
        String base = "/api/actors/" + subject + "/evidence?fact=" + enc(bigFact.get("key").asText()) + "&limit=2";
        List<Long> paged = new ArrayList<>();
        for (int offset = 0; offset < bigFact.get("evidence").size(); offset += 2) {
            JsonNode page = client.json(base + "&offset=" + offset);
            assertThat(page.get("total").asInt()).isEqualTo(bigFact.get("evidence").size());
            assertThat(page.get("offset").asInt()).isEqualTo(offset);
            paged.addAll(claimIds(page.get("evidence")));
        }
        assertThat(paged).isEqualTo(claimIds(bigFact.get("evidence")));

        long participant = inEveryReport();
        JsonNode events = client.json("/api/actors/" + participant + "/evidence?event=" + enc(bigEvent.get("key").asText())
                + "&offset=1&limit=1000");
        assertThat(claimIds(events.get("evidence"))).isEqualTo(claimIds(bigEvent.get("evidence"))
                .subList(1, bigEvent.get("evidence").size()));
    }

    @Test
    void evidenceEndpoint_needsExactlyOneKnownKey() throws Exception {
        long subject = bigFact.get("subjectId").asLong();
        String key = enc(bigFact.get("key").asText());
        assertThat(client.get("/api/actors/" + subject + "/evidence").statusCode()).isEqualTo(400);
        assertThat(client.get("/api/actors/" + subject + "/evidence?fact=" + key + "&event=ev1").statusCode()).isEqualTo(400);
        assertThat(client.get("/api/actors/" + subject + "/evidence?fact=no-such-fact").statusCode()).isEqualTo(404);
        assertThat(client.get("/api/actors/" + subject + "/evidence?fact=" + key + "&limit=0").statusCode()).isEqualTo(400);
        assertThat(client.get("/api/actors/999999/evidence?fact=" + key).statusCode()).isEqualTo(404);
        assertThat(client.get("/api/actors/" + subject + "?evidence=-1").statusCode()).isEqualTo(400);
    }

    @Test
    void dossierPage_showsThreeSentencesLinksToAll_andRejectCoversEveryClaim() throws Exception {
        long subject = bigFact.get("subjectId").asLong();
        int total = bigFact.get("evidence").size();
        String key = bigFact.get("key").asText();
        String body = client.page("/actors/" + subject);
        String link = "/actors/" + subject + "/evidence?fact=" + enc(key);
        assertThat(body).contains("href=\"" + Html.esc(link) + "\">show all " + total + "</a>");
        String ids = String.join(",", claimIds(bigFact.get("evidence")).stream().map(String::valueOf).toList());
        assertThat(body).contains("data-table=\"fact_claim\" data-ids=\"" + ids + "\"");

        String page = client.page(link);
        assertThat(page.split("<li><q>", -1)).hasSize(total + 1);
        for (JsonNode e : bigFact.get("evidence")) {
            assertThat(page).contains(Html.esc(e.get("sentence").asText()));
        }
        assertThat(page).contains("href=\"/actors/" + subject + "\">back to the dossier</a>");
    }
}
