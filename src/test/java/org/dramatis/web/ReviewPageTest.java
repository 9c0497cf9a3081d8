package org.dramatis.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.dramatis.eval.EvalFixture;
import org.dramatis.extract.EventClaim;
import org.dramatis.graph.DecisionRepository;
import org.dramatis.graph.EntityRepository;
import org.dramatis.model.ActorType;
import org.dramatis.model.EventType;
import org.dramatis.model.FactKind;
import org.dramatis.model.Modality;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewPageTest {
    @TempDir
    Path dir;

    private String render(EvalFixture fx) {
        WebServices services = new WebServices(fx.graph(), fx.events(), new EntityRepository(fx.database()),
                new DecisionRepository(fx.database()), new FakeCorrector());
        return new ReviewPage(services, new Layout(services, "token")).render();
    }

    @Test
    void listsTheLeastCertainClaimsWithOneClickVerdicts() {
        EvalFixture fx = EvalFixture.open(dir.resolve("data"));
        EvalFixture.Doc d = fx.doc("a.txt", null, "Lake Post");
        int s = d.sentence("The Reed Militia raided a depot of the River Guard.");
        int militia = d.mention(s, "Reed Militia", ActorType.ORGANIZATION, "militia");
        int guard = d.mention(s, "River Guard", ActorType.ORGANIZATION, "guard");
        d.event(EventType.COERCE, "raid", null, null, "Reed Militia raided a depot", s,
                new EventClaim.Participant(militia, "actor")).scored(0.41);
        d.fact(FactKind.OPPOSES, militia, guard, null, null, null, Modality.ASSERTED, s).scored(0.35);
        d.store();
        fx.resolve();
        String html = render(fx);
        assertThat(html).contains("<a href=\"/review\">Review</a>");
        assertThat(html.indexOf("Reed Militia — opposes — River Guard")).isPositive()
                .isLessThan(html.indexOf("coerce / raid: Reed Militia raided a depot"));
        assertThat(html).contains("p 35 %").contains("class=\"small accept\" data-table=\"event_claim\"")
                .contains("class=\"small reject\" data-table=\"fact_claim\"")
                .contains("The Reed Militia raided a depot of the River Guard.");
    }

    @Test
    void saysWhenNothingWaits() {
        EvalFixture fx = EvalFixture.open(dir.resolve("empty"));
        assertThat(render(fx.resolve())).contains("Nothing to review");
    }
}
