package org.dramatis.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.dramatis.eval.EvalFixture;
import org.dramatis.extract.EventClaim.Participant;
import org.dramatis.graph.Views.Event;
import org.dramatis.model.ActorType;
import org.dramatis.model.EventType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/** Reports of one event merge, in one article or several; different events of one type stay apart. */
@ParameterizedClass
@MethodSource("org.dramatis.graph.TestStores#kinds")
class EventMergeTest {
    @Parameter
    TestStores.Kind store;

    @TempDir
    Path dir;

    /** Every fixture article is dated 2020-07-12. */
    private EvalFixture fx;

    private void report(EvalFixture.Doc d, String sentence, String date, String place, String... actors) {
        int s = d.sentence(sentence);
        Participant[] ps = new Participant[actors.length];
        for (int i = 0; i < actors.length; i++) {
            ps[i] = new Participant(d.mention(s, actors[i], i == 0 ? ActorType.ORGANIZATION : ActorType.PERSON,
                    actors[i].toLowerCase().replace(' ', '-')), i == 0 ? "actor" : "target");
        }
        d.event(EventType.COERCE, "raid", date, place, null, s, ps);
    }

    private List<Event> events() {
        return fx.events().events(null, null);
    }

    @Test
    void reportsOfOneRaid_inOneArticleAndAnother_mergeDatedAndUndated() {
        fx = EvalFixture.open(dir, store);
        var a = fx.doc("a", null, "Valley Post");
        report(a, "On 10 July Northern Guard forces raided the house of Tomas Ebrin in Qarath.", "2020-07-10", "Qarath",
                "Northern Guard", "Tomas Ebrin");
        report(a, "During the raid the Northern Guard seized documents.", null, null, "Northern Guard");
        a.store();
        var b = fx.doc("b", null, "Hill Courier");
        report(b, "Northern Guard units stormed the home of Tomas Ebrin in central Qarath.", null, "central Qarath",
                "Northern Guard", "Tomas Ebrin");
        b.store();
        var c = fx.doc("c", null, "Coast Wire");
        report(c, "Tomas Ebrin's house was raided in July.", "2020-07", null, "Tomas Ebrin");
        c.store();
        fx.resolve();

        assertThat(events()).singleElement().satisfies(e -> {
            assertThat(e.evidenceCount()).isEqualTo(4);
            assertThat(e.date()).isEqualTo("2020-07-10");
            assertThat(e.evidence()).extracting(ev -> ev.outlet()).containsOnly("Valley Post", "Hill Courier", "Coast Wire");
        });
    }

    @Test
    void raidsOfOneTypeOnDifferentDatesPlacesOrPeople_stayApart() {
        fx = EvalFixture.open(dir, store);
        var a = fx.doc("a", null, "Valley Post");
        report(a, "On 1 June the Northern Guard raided the house of Tomas Ebrin.", "2020-06-01", null,
                "Northern Guard", "Tomas Ebrin");
        report(a, "On 10 July the Northern Guard raided the house of Tomas Ebrin again.", "2020-07-10", null,
                "Northern Guard", "Tomas Ebrin");
        a.store();
        var b = fx.doc("b", null, "Hill Courier");
        // Same day, nobody in common.
        report(b, "On 10 July the Coastal Police raided the office of Mira Castell.", "2020-07-10", null,
                "Coastal Police", "Mira Castell");
        // Same force, same day, another town.
        report(b, "The Desert Hawks raided a depot in Port Selin on 10 July.", "2020-07-10", "Port Selin", "Desert Hawks");
        report(b, "The Desert Hawks raided a depot in Qarath on 10 July.", "2020-07-10", "Qarath", "Desert Hawks");
        b.store();
        var c = fx.doc("c", null, "Coast Wire");
        // Undated, in a July 2020 article: too far from a raid of 2019.
        report(c, "Kastel Brigade fighters raided the farm of Idris Kale.", null, null, "Kastel Brigade", "Idris Kale");
        c.store();
        var d = fx.doc("d", null, "Valley Post");
        report(d, "In March 2019 the Kastel Brigade raided the farm of Idris Kale.", "2019-03", null,
                "Kastel Brigade", "Idris Kale");
        d.store();
        fx.resolve();

        assertThat(events()).hasSize(7).allSatisfy(e -> assertThat(e.evidenceCount()).isEqualTo(1));
    }

    @Test
    void aVisitorsTwoMeetingsOnOneDay_stayApart() {
        fx = EvalFixture.open(dir, store);
        var a = fx.doc("a", null, "Valley Post");
        int s = a.sentence("On 9 March Tomas Ebrin received Mira Castell in the palace.");
        a.event(EventType.CONSULT, "meeting", "2020-03-09", null, null, s,
                new Participant(a.mention(s, "Tomas Ebrin", ActorType.PERSON, "ebrin"), "actor"),
                new Participant(a.mention(s, "Mira Castell", ActorType.PERSON, "castell"), "target"));
        s = a.sentence("In the evening Mira Castell met Idris Kale.");
        a.event(EventType.CONSULT, "meeting", null, null, null, s,
                new Participant(a.mention(s, "Mira Castell", ActorType.PERSON, "castell"), "actor"),
                new Participant(a.mention(s, "Idris Kale", ActorType.PERSON, "kale"), "target"));
        a.store();
        fx.resolve();
        assertThat(events()).hasSize(2);
    }

    @Test
    void undatedReportsInArticlesOfOneWeek_merge() {
        fx = EvalFixture.open(dir, store);
        var a = fx.doc("a", null, "Valley Post");
        report(a, "The Northern Guard raided the house of Tomas Ebrin.", null, null, "Northern Guard", "Tomas Ebrin");
        a.store();
        var b = fx.doc("b", null, "Hill Courier");
        report(b, "Northern Guard units stormed the home of Tomas Ebrin.", null, null, "Northern Guard", "Tomas Ebrin");
        b.store();
        fx.resolve();
        // Both articles come out on the same day: one raid, placed in the month it was reported, as no text dates it.
        assertThat(events()).singleElement().satisfies(e -> {
            assertThat(e.evidenceCount()).isEqualTo(2);
            assertThat(e.date()).isEqualTo("2020-07");
        });
    }
}
