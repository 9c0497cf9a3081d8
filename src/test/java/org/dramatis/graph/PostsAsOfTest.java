package org.dramatis.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dramatis.eval.EvalFixture;
import org.dramatis.graph.PostsAsOf.Held;
import org.dramatis.graph.PostsAsOf.Posts;
import org.dramatis.graph.Views.Event;
import org.dramatis.graph.Views.Evidence;
import org.dramatis.graph.Views.Fact;
import org.dramatis.graph.Views.Participant;
import org.dramatis.model.ActorType;
import org.dramatis.model.DramatisException;
import org.dramatis.model.EventType;
import org.dramatis.model.FactKind;
import org.dramatis.model.Modality;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/** Who holds which post on a date: successors, resignations, "former" posts, undated posts and coarse dates. */
@ParameterizedClass
@MethodSource("org.dramatis.graph.TestStores#kinds")
class PostsAsOfTest {
    private static final long VELORIA = 100;
    private static final long GUARD = 101;
    private static final PostRules RULES = PostRules.load((java.nio.file.Path) null);

    @Parameter
    TestStores.Kind store;

    @TempDir
    Path dir;

    private long nextClaim = 1;

    /** A post held by {@code who} (its id doubles as the name's number), stated once per publication date. */
    private Fact post(long who, String name, long body, String role, String start, String end, String... published) {
        List<Evidence> ev = new ArrayList<>();
        for (String p : published) {
            ev.add(evidence(nextClaim++, p));
        }
        return new Fact("role:" + who + ":" + body + ":" + role, FactKind.ROLE, who, name, body, "Body " + body, role, null,
                start, end, Modality.ASSERTED, ev);
    }

    private static Evidence evidence(long claim, String published) {
        return new Evidence(claim, claim, "doc" + claim, null, "Outlet " + claim, null, published, 0, "A sentence.", 0, 10,
                Modality.ASSERTED, null);
    }

    private static Event resignation(long who, String date, String published) {
        return new Event("ev" + who, EventType.RETREAT, "resignation", date, null, null,
                List.of(new Participant(who, "P" + who, ActorType.PERSON, "actor")), List.of(evidence(900 + who, published)));
    }

    private static List<String> names(List<Held> held) {
        return held.stream().map(h -> h.fact().subjectName()).toList();
    }

    private static Posts on(String asOf, List<Fact> facts, Set<Long> former, List<Event> endings) {
        return PostsAsOf.compute(asOf, facts, former, endings, RULES);
    }

    @Test
    void successor_endsTheEarlierHolderOfAOneHolderPost() {
        Fact aram = post(1, "Lena Aram", VELORIA, "prime minister", "2018", null, "2019-04-02");
        Fact ebrin = post(2, "Tomas Ebrin", VELORIA, "prime minister", "2021-03", null, "2021-05-10");
        List<Fact> facts = List.of(aram, ebrin);

        assertThat(names(on("2022", facts, Set.of(), List.of()).dated())).containsExactly("Tomas Ebrin");
        assertThat(names(on("2021-03-15", facts, Set.of(), List.of()).dated())).containsExactly("Tomas Ebrin");
        Posts before = on("2020-06-01", facts, Set.of(), List.of());
        assertThat(before.dated()).singleElement().satisfies(h -> {
            assertThat(h.fact().subjectName()).isEqualTo("Lena Aram");
            assertThat(h.end()).isEqualTo("2021-03");
            assertThat(h.endedBy()).isEqualTo("succeeded by Tomas Ebrin");
        });
    }

    @Test
    void successor_endsNothingOnPostsSeveralPeopleHold() {
        // Two commanders of one force, and two holders of posts of different bodies, stay side by side.
        List<Fact> facts = List.of(post(1, "Lena Aram", GUARD, "commander", "2018", null, "2019-04-02"),
                post(2, "Tomas Ebrin", GUARD, "commander", "2021", null, "2021-05-10"),
                post(3, "Rami Dawud", VELORIA, "minister of interior", "2017", null, "2018-01-05"),
                post(4, "Noor Sabet", GUARD, "minister of interior", "2020", null, "2020-02-01"));
        assertThat(names(on("2022", facts, Set.of(), List.of()).dated()))
                .containsExactly("Lena Aram", "Tomas Ebrin", "Rami Dawud", "Noor Sabet");
    }

    @Test
    void successor_undatedHolderEndsWhenALaterHolderIsFirstSeen() {
        // An interior minister named without dates in a 2019 article, another in 2021: the first one's tenure was over.
        Fact dawud = post(3, "Rami Dawud", VELORIA, "minister of interior", null, null, "2019-02-01", "2019-03-04");
        Fact sabet = post(4, "Noor Sabet", VELORIA, "minister of interior", null, null, "2021-07-20");
        Posts now = on("2022", List.of(dawud, sabet), Set.of(), List.of());
        assertThat(now.dated()).isEmpty();
        assertThat(names(now.undated())).containsExactly("Noor Sabet");
        assertThat(names(on("2020", List.of(dawud, sabet), Set.of(), List.of()).undated()))
                .containsExactly("Rami Dawud", "Noor Sabet");
    }

    @Test
    void resignation_endsTheOneHolderPostsOfWhoResigned() {
        Fact aram = post(1, "Lena Aram", VELORIA, "prime minister", "2018", null, "2019-04-02");
        Fact head = post(1, "Lena Aram", GUARD, "commander", "2015", null, "2019-04-02");
        List<Event> endings = List.of(resignation(1, "2020-11-30", "2020-12-01"));

        Posts after = on("2021", List.of(aram, head), Set.of(), endings);
        assertThat(after.dated()).singleElement().satisfies(h -> assertThat(h.fact().role()).isEqualTo("commander"));
        Posts before = on("2020-06", List.of(aram, head), Set.of(), endings);
        assertThat(before.dated()).filteredOn(h -> h.fact().role().equals("prime minister")).singleElement()
                .satisfies(h -> {
                    assertThat(h.end()).isEqualTo("2020-11-30");
                    assertThat(h.endedBy()).isEqualTo("resigned");
                });
        // An undated resignation is over by its article's date.
        assertThat(on("2021", List.of(aram), Set.of(), List.of(resignation(1, null, "2020-12-01"))).dated()).isEmpty();
        // A resignation before the post began ends nothing.
        assertThat(on("2021", List.of(aram), Set.of(), List.of(resignation(1, "2016", "2016-05-01"))).dated()).hasSize(1);
    }

    private static Event dismissal(long by, long whom, String date, String published) {
        return new Event("dis" + whom, EventType.APPOINTMENT, "dismissal", date, null, null,
                List.of(new Participant(by, "P" + by, ActorType.PERSON, "actor"),
                        new Participant(whom, "P" + whom, ActorType.PERSON, "target")),
                List.of(evidence(800 + whom, published)));
    }

    @Test
    void dismissal_endsTheDismissedPersonsPost_neverTheDismissers() {
        Fact president = post(7, "Soren Vell", VELORIA, "president", "2017", null, "2019-01-10");
        Fact minister = post(8, "Anouk Terre", VELORIA, "minister of interior", "2019-02", null, "2019-03-01");
        List<Fact> facts = List.of(president, minister);
        List<Event> endings = List.of(dismissal(7, 8, "2021-06-15", "2021-06-16"));

        assertThat(names(on("2021", facts, Set.of(), endings).dated())).containsExactly("Soren Vell");
        assertThat(on("2021-06-01", facts, Set.of(), endings).dated()).filteredOn(h -> h.fact().subjectId() == 8)
                .singleElement().satisfies(h -> {
                    assertThat(h.end()).isEqualTo("2021-06-15");
                    assertThat(h.endedBy()).isEqualTo("dismissed by P7");
                    assertThat(h.endEvidence().claimId()).isEqualTo(808);
                });
        assertThat(PostsAsOf.impliedEnds(facts, Set.of(), endings, RULES)).containsOnlyKeys(minister.key());
    }

    @Test
    void impliedEnds_giveEachEndedPostItsReasonAndTheSentenceThatShowsIt() {
        Fact aram = post(1, "Lena Aram", VELORIA, "prime minister", "2018", null, "2019-04-02");
        Fact ebrin = post(2, "Tomas Ebrin", VELORIA, "prime minister", "2021-03", null, "2021-05-10");
        Fact head = post(1, "Lena Aram", GUARD, "commander", "2015", null, "2019-04-02");
        Fact stated = post(4, "Ola Brant", GUARD, "chair", "2010", "2012", "2013-01-01");

        var ends = PostsAsOf.impliedEnds(List.of(aram, ebrin, head, stated), Set.of(),
                List.of(resignation(1, "2020-11-30", "2020-12-01")), RULES);

        assertThat(ends).as("a commander's post is not one-holder, a stated end is not implied").containsOnlyKeys(aram.key());
        assertThat(ends.get(aram.key())).satisfies(h -> {
            assertThat(h.endedBy()).isEqualTo("resigned");
            assertThat(h.end()).isEqualTo("2020-11-30");
            assertThat(h.endEvidence().claimId()).isEqualTo(901);
        });
        var succeeded = PostsAsOf.impliedEnds(List.of(aram, ebrin), Set.of(), List.of(), RULES).get(aram.key());
        assertThat(succeeded.endedBy()).isEqualTo("succeeded by Tomas Ebrin");
        assertThat(succeeded.endEvidence()).isEqualTo(ebrin.evidence().get(0));
    }

    @Test
    void former_isAPastPostNeverACurrentOne() {
        Fact dawud = post(3, "Rami Dawud", VELORIA, "minister of interior", null, null, "2021-05-01");
        Fact spokesman = post(5, "Idris Kale", GUARD, "spokesman", null, null, "2021-05-01");
        Set<Long> former = Set.of(1L, 2L);
        Posts now = on("2022-09", List.of(dawud, spokesman), former, List.of());
        assertThat(now.dated()).isEmpty();
        assertThat(now.undated()).isEmpty();
        // Before the article called it former, the sources cannot tell: undated, with the end it is known to have.
        Posts then = on("2020", List.of(dawud, spokesman), former, List.of());
        assertThat(then.undated()).hasSize(2).allSatisfy(h -> {
            assertThat(h.end()).isEqualTo("2021-05-01");
            assertThat(h.endedBy()).isEqualTo("called former");
        });
        // A post that started again after it was called former is current.
        Fact back = post(3, "Rami Dawud", VELORIA, "minister of interior", "2022-01", null, "2022-02-01");
        Fact both = new Fact(back.key(), back.kind(), 3, "Rami Dawud", VELORIA, "Body", "minister of interior", null,
                "2022-01", null, Modality.ASSERTED, List.of(evidence(1, "2021-05-01"), evidence(99, "2022-02-01")));
        assertThat(names(on("2022-09", List.of(both), former, List.of()).dated())).containsExactly("Rami Dawud");
    }

    @Test
    void validOn_readsFormerPostsFromTheStore() {
        EvalFixture fx = EvalFixture.open(dir, store);
        var a = fx.doc("a", null, "Valley Post");
        int s = a.sentence("Former interior minister Rami Dawud of Veloria spoke.");
        a.fact(FactKind.ROLE, a.mention(s, "Rami Dawud", ActorType.PERSON, "dawud"),
                a.mention(s, "Veloria", ActorType.COUNTRY, "veloria"), "minister of interior", "former", null,
                Modality.ASSERTED, s).store();
        var b = fx.doc("b", null, "Hill Courier");
        s = b.sentence("Veloria's interior minister, Noor Sabet, spoke.");
        b.fact(FactKind.ROLE, b.mention(s, "Noor Sabet", ActorType.PERSON, "sabet"),
                b.mention(s, "Veloria", ActorType.COUNTRY, "veloria"), "minister of interior", null, null,
                Modality.ASSERTED, s).store();
        fx.resolve();

        // Both articles are dated 2020-07-12 by the fixture.
        assertThat(fx.graph().validOn("2021")).extracting(Fact::subjectName).containsExactly("Noor Sabet");
        assertThat(fx.graph().validOn("2020-01")).extracting(Fact::subjectName).containsExactly("Rami Dawud", "Noor Sabet")
                .hasSize(2);
        assertThat(fx.graph().validOn("2020-01").get(0).end()).isEqualTo("2020-07-12");
    }

    @Test
    void undated_areListedApartFromDated() {
        Fact dated = post(1, "Lena Aram", GUARD, "commander", "2019", null, "2019-04-02");
        Fact undated = post(5, "Idris Kale", GUARD, "spokesman", null, null, "2020-01-01");
        Posts posts = on("2020", List.of(dated, undated), Set.of(), List.of());
        assertThat(names(posts.dated())).containsExactly("Lena Aram");
        assertThat(names(posts.undated())).containsExactly("Idris Kale");
    }

    @Test
    void yearAndMonthDates_standForTheDaysTheySpan() {
        Fact since = post(1, "Lena Aram", GUARD, "commander", "2019", null, "2019-04-02");
        Fact until = post(5, "Idris Kale", GUARD, "spokesman", "2018-03", "2020-06", "2019-01-01");
        List<Fact> facts = List.of(since, until);
        assertThat(names(on("2019", facts, Set.of(), List.of()).dated())).containsExactly("Lena Aram", "Idris Kale");
        assertThat(names(on("2019-01-01", facts, Set.of(), List.of()).dated())).containsExactly("Lena Aram", "Idris Kale");
        assertThat(names(on("2018", facts, Set.of(), List.of()).dated())).containsExactly("Idris Kale");
        assertThat(names(on("2020-06", facts, Set.of(), List.of()).dated())).containsExactly("Lena Aram", "Idris Kale");
        assertThat(names(on("2020", facts, Set.of(), List.of()).dated())).containsExactly("Lena Aram");
        assertThatThrownBy(() -> on("June", facts, Set.of(), List.of())).hasMessageContaining("'June' is no date");
    }

    @Test
    void rules_comeFromTheLexiconAndTheUsersFiles() throws Exception {
        assertThat(RULES.isSingleHolder("Prime Minister")).isTrue();
        assertThat(RULES.isSingleHolder("minister of interior")).isTrue();
        assertThat(RULES.isSingleHolder("minister")).isFalse();
        assertThat(RULES.isSingleHolder("commander")).isFalse();
        assertThat(RULES.endingModes().get("dismissal")).isEqualTo(new PostRules.Ending("target", "dismissed"));
        assertThat(RULES.endingModes().get("resignation")).isEqualTo(new PostRules.Ending(null, "resigned"));
        Path posts = Files.createDirectories(PostRules.userDir(dir));
        Files.writeString(posts.resolve("mine.txt"), "# courts\nchief justice\n");
        assertThat(PostRules.load(dir).isSingleHolder("chief justice")).isTrue();
        Path bad = Files.writeString(dir.resolve("bad.txt"), "chief justice\nminister * of state\n");
        assertThatThrownBy(() -> PostRules.check(bad)).isInstanceOf(DramatisException.class)
                .hasMessageContaining("bad.txt line 2").hasMessageContaining("'minister * of state'");
    }
}
