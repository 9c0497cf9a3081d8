package org.dramatis.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.dramatis.eval.EvalFixture;
import org.dramatis.graph.Views.Fact;
import org.dramatis.model.ActorType;
import org.dramatis.model.FactKind;
import org.dramatis.model.Modality;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/** A post stated without its body, or with an inferred one, joins the same person's post stated with its body. */
@ParameterizedClass
@MethodSource("org.dramatis.graph.TestStores#kinds")
class ImplicitPostsTest {
    @Parameter
    TestStores.Kind store;

    @TempDir
    Path dir;

    private static List<Fact> posts(EvalFixture fx, String role) {
        return fx.graph().facts(null, null).stream().filter(f -> f.kind() == FactKind.ROLE && role.equals(f.role()))
                .toList();
    }

    @Test
    void facts_postWithoutBodyAndInferredBodyJoinTheStatedOne() {
        EvalFixture fx = EvalFixture.open(dir, store);
        var a = fx.doc("a", null, null);
        int s = a.sentence("Prime Minister Lena Aram spoke.");
        a.fact(FactKind.ROLE, a.mention(s, "Lena Aram", ActorType.PERSON, "aram"), -1, "prime minister", null, null,
                Modality.ASSERTED, s).store();
        var b = fx.doc("b", null, null);
        s = b.sentence("Lena Aram, the prime minister of Veloria, flew home.");
        b.fact(FactKind.ROLE, b.mention(s, "Lena Aram", ActorType.PERSON, "aram"),
                b.mention(s, "Veloria", ActorType.COUNTRY, "veloria"), "prime minister", null, "2019", Modality.ASSERTED, s)
                .store();
        var c = fx.doc("c", null, null);
        s = c.sentence("Prime Minister Lena Aram met envoys from Kastmir.");
        c.fact(FactKind.ROLE, c.mention(s, "Lena Aram", ActorType.PERSON, "aram"),
                c.mention(s, "Kastmir", ActorType.COUNTRY, "kastmir"), "prime minister", "inferred", null,
                Modality.ASSERTED, s).store();
        fx.resolve();

        assertThat(posts(fx, "prime minister")).singleElement().satisfies(f -> {
            assertThat(f.objectId()).isEqualTo(fx.entity("veloria"));
            assertThat(f.evidenceCount()).isEqualTo(3);
            assertThat(f.start()).isEqualTo("2019");
        });
        assertThat(fx.graph().facts(fx.entity("aram"), null)).filteredOn(f -> f.kind() == FactKind.ROLE).hasSize(1);
    }

    @Test
    void facts_postStatedForTwoBodiesKeepsTheImplicitOneApart() {
        EvalFixture fx = EvalFixture.open(dir, store);
        var a = fx.doc("a", null, null);
        int s = a.sentence("Spokesman Rami Dawud spoke.");
        a.fact(FactKind.ROLE, a.mention(s, "Rami Dawud", ActorType.PERSON, "dawud"), -1, "spokesman", null, null,
                Modality.ASSERTED, s).store();
        var b = fx.doc("b", null, null);
        s = b.sentence("Rami Dawud, spokesman of the Ardent Front and later of the Coastal Guard, left.");
        int dawud = b.mention(s, "Rami Dawud", ActorType.PERSON, "dawud");
        b.fact(FactKind.ROLE, dawud, b.mention(s, "Ardent Front", ActorType.ORGANIZATION, "front"), "spokesman", null,
                null, Modality.ASSERTED, s);
        b.fact(FactKind.ROLE, dawud, b.mention(s, "Coastal Guard", ActorType.ORGANIZATION, "guard"), "spokesman", null,
                null, Modality.ASSERTED, s).store();
        fx.resolve();

        assertThat(posts(fx, "spokesman")).hasSize(3).anySatisfy(f -> assertThat(f.objectId()).isNull());
    }

    @Test
    void facts_withNoStatedBodyTheMostInferredOneTakesThePost() {
        EvalFixture fx = EvalFixture.open(dir, store);
        for (String name : List.of("a", "b")) {
            var d = fx.doc(name, null, null);
            int s = d.sentence("President Tomas Ebrin spoke in Veloria.");
            d.fact(FactKind.ROLE, d.mention(s, "Tomas Ebrin", ActorType.PERSON, "ebrin"),
                    d.mention(s, "Veloria", ActorType.COUNTRY, "veloria"), "president", "inferred", null,
                    Modality.ASSERTED, s).store();
        }
        var c = fx.doc("c", null, null);
        int s = c.sentence("President Tomas Ebrin spoke of Kastmir.");
        c.fact(FactKind.ROLE, c.mention(s, "Tomas Ebrin", ActorType.PERSON, "ebrin"),
                c.mention(s, "Kastmir", ActorType.COUNTRY, "kastmir"), "president", "inferred", null,
                Modality.ASSERTED, s).store();
        fx.resolve();

        assertThat(posts(fx, "president")).singleElement().satisfies(f -> {
            assertThat(f.objectId()).isEqualTo(fx.entity("veloria"));
            assertThat(f.evidenceCount()).isEqualTo(3);
        });
    }
}
