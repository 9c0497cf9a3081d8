package org.dramatis.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dramatis.eval.EvalFixture;
import org.dramatis.eval.KindFixture;
import org.dramatis.model.FactKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every relation kind on the pages: a fact of each kind in its dossier section, worded, and styled in the network. */
class EveryFactKindPagesTest {
    @TempDir
    static Path dir;

    private static EvalFixture fx;
    private static WebServer server;
    private static TestClient client;

    @BeforeAll
    static void start() {
        fx = KindFixture.everyKind(dir);
        server = new WebServer(new WebServices(fx.graph(), fx.events(), new org.dramatis.graph.EntityRepository(fx.database()),
                new org.dramatis.graph.DecisionRepository(fx.database()), new FakeCorrector()));
        client = new TestClient(server.start("127.0.0.1", 0));
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void dossier_listsAFactOfEveryKindUnderItsSectionWithItsWording() throws Exception {
        for (FactKind k : FactKind.values()) {
            KindFixture.Line l = KindFixture.LINES.get(k);
            String page = client.page("/actors/" + fx.entity(l.subjectKey()));
            int heading = page.indexOf("<h2>" + Html.esc(k.section().heading()) + "</h2>");
            assertThat(heading).as("section '%s' on the dossier of %s", k.section().heading(), l.subject()).isPositive();
            String section = page.substring(heading, page.indexOf("</section>", heading));
            int fact = section.indexOf("<li class=\"fact kind-" + k.name() + "\">");
            assertThat(fact).as("a %s fact in section '%s'", k, k.section().heading()).isPositive();
            assertThat(section.substring(fact)).as("wording of %s", k)
                    .contains("<strong>" + Html.esc(l.subject()) + "</strong> " + Html.esc(k.verb(l.role(), true)) + " <a");
        }
    }

    @Test
    void network_drawsEveryKindWithTheColourAndWordsOfItsDataLine() throws Exception {
        Matcher m = Pattern.compile("data-kinds=\"([^\"]*)\"").matcher(client.page("/network"));
        assertThat(m.find()).isTrue();
        JsonNode kinds = new ObjectMapper().readTree(m.group(1).replace("&quot;", "\"").replace("&amp;", "&"));
        Set<String> edgeKinds = new HashSet<>();
        client.json("/api/network").get("edges").forEach(e -> edgeKinds.add(e.get("kind").asText()));
        for (FactKind k : FactKind.values()) {
            assertThat(kinds.get(k.name()).get("colour").asText()).as("colour of %s", k).isEqualTo(k.colour());
            assertThat(kinds.get(k.name()).get("words").asText()).as("words of %s", k).isEqualTo(k.words());
            assertThat(edgeKinds).as("network edges").contains(k.name());
        }
    }
}
