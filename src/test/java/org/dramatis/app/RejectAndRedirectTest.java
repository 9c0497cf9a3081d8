package org.dramatis.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dramatis.graph.Views.Rejected;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rejected fact or event leaves the graph, is listed on the decisions page with an Undo, and comes back when
 * restored; a merged actor's id on the network, timeline and sources pages leads to the survivor.
 */
class RejectAndRedirectTest {
    @TempDir
    Path tmp;

    private Dramatis ingested() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a.txt"), ActorCorrectionsTest.PERSON);
        Files.writeString(in.resolve("b.txt"), ActorCorrectionsTest.PLACE);
        Dramatis d = Dramatis.open(new Config(tmp.resolve("data"), 1, "127.0.0.1", 0), FakeNlp.withPlaces());
        d.pipeline().ingest(List.of(in), IngestPipeline.Progress.NONE);
        return d;
    }

    @Test
    void aRejectedFactAndEvent_areListed_andRestoringBringsThemBack() throws Exception {
        try (Dramatis d = ingested()) {
            long fact = ClaimFixture.factBetween(d, "Sami Duri", "Layla Nouri");
            long event = ClaimFixture.meetingOf(d, "Sami Duri", "Layla Nouri", "2024-05-03");
            long layla = ActorCorrectionsTest.named(d, "Layla Nouri").get(0).id();
            int facts = d.graph().facts(layla, null).size();
            int events = d.events().events(layla, null).size();
            assertThat(facts).isPositive();
            assertThat(events).isPositive();
            assertThat(d.graph().rejected(100)).isEmpty();

            Corrections c = d.corrections();
            assertThat(c.setVerdict("fact_claim", List.of(fact), false)).isEqualTo(1);
            assertThat(c.setVerdict("event_claim", List.of(event), false)).isEqualTo(1);
            assertThat(d.graph().facts(layla, null)).hasSize(facts - 1);
            // The rejected report is gone from every event listed (another report of the meeting may still show it).
            assertThat(d.events().events(layla, null)).flatExtracting(e -> e.evidence())
                    .extracting(ev -> ev.claimId()).doesNotContain(event);
            List<Rejected> rejected = d.graph().rejected(100);
            assertThat(rejected).extracting(Rejected::table).containsExactly("fact_claim", "event_claim");
            assertThat(rejected.get(0).what()).contains("Sami Duri", "associate", "Layla Nouri");
            assertThat(rejected.get(0).sentence()).startsWith(ClaimFixture.SENTENCE_START);
            assertThat(rejected.get(1).what()).contains("consult", "2024-05-03");
            assertThat(rejected).extracting(Rejected::claimIds).containsExactly(List.of(fact), List.of(event));

            Workbench w = Workbench.start(d);
            try {
                String page = get("http://127.0.0.1:" + w.port() + "/decisions").body();
                assertThat(page).contains("Rejected facts and events", "class=\"small restore\" data-table=\"fact_claim\""
                        + " data-ids=\"" + fact + "\"", "data-table=\"event_claim\" data-ids=\"" + event + "\"");
            } finally {
                w.stop();
            }

            assertThat(c.clearVerdict("fact_claim", List.of(fact))).isEqualTo(1);
            assertThat(c.clearVerdict("event_claim", List.of(event))).isEqualTo(1);
            assertThat(d.graph().facts(layla, null)).hasSize(facts);
            assertThat(d.events().events(layla, null)).hasSize(events).flatExtracting(e -> e.evidence())
                    .extracting(ev -> ev.claimId()).contains(event);
            assertThat(d.graph().rejected(100)).isEmpty();
        }
    }

    @Test
    void networkTimelineAndSources_followAMergedActorsIdToTheSurvivor() throws Exception {
        try (Dramatis d = ingested()) {
            long sami = ActorCorrectionsTest.ofType(d, "Sami Duri", org.dramatis.model.ActorType.PERSON).id();
            long layla = ActorCorrectionsTest.named(d, "Layla Nouri").get(0).id();
            Corrections.Outcome merged = d.corrections().mergeActors(sami, layla);
            long gone = merged.actorId() == sami ? layla : sami;
            Workbench w = Workbench.start(d);
            try {
                String base = "http://127.0.0.1:" + w.port();
                for (String page : List.of("/network", "/timeline", "/sources")) {
                    HttpResponse<String> res = get(base + page + "?actor=" + gone + "&kind=member");
                    assertThat(res.statusCode()).as(page).isEqualTo(302);
                    assertThat(res.headers().firstValue("Location")).as(page)
                            .contains(page + "?actor=" + merged.actorId() + "&kind=member");
                    assertThat(get(base + page + "?actor=" + merged.actorId()).statusCode()).as(page).isEqualTo(200);
                }
                assertThat(get(base + "/network?actor=424242").statusCode()).as("an id never given").isEqualTo(404);
            } finally {
                w.stop();
            }
        }
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
