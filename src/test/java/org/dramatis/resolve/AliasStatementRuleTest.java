package org.dramatis.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dramatis.resolve.TestDocs.clusterOf;
import static org.dramatis.resolve.TestDocs.doc;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dramatis.lexicon.Kind;
import org.dramatis.lexicon.LexiconFiles;
import org.dramatis.model.DramatisException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Alias statements read from the text bind both names to one actor, with the sentence as the reason; invented names. */
class AliasStatementRuleTest {
    private static void assertOne(String text, String... surfaceTypes) {
        var d = doc(1, text, surfaceTypes);
        List<LocalCluster> clusters = d.clusters();
        assertThat(clusters).as(text).hasSize(1);
        assertThat(clusters.get(0).reasons()).as(text).anyMatch(r -> r.startsWith(AliasStatementRule.REASON));
    }

    @Test
    void cluster_bindsEveryKindOfStatedAlias() {
        assertOne("The Northern Shield Corps, formerly known as the Harun Militia, took the bridge.",
                "Northern Shield Corps/ORGANIZATION", "Harun Militia/ORGANIZATION");
        assertOne("The Sunrise Party (previously the Dawn Movement) won four seats.",
                "Sunrise Party/ORGANIZATION", "Dawn Movement/ORGANIZATION");
        assertOne("Tariq Mansur, better known as Abu Layth, led the raid.", "Tariq Mansur/PERSON", "Abu Layth/PERSON");
        assertOne("Halim Qorbanov, whose nom de guerre is Abu Sahar, was captured.", "Halim Qorbanov/PERSON", "Abu Sahar/PERSON");
        assertOne("Commander Velko Darin, who fights under the nom de guerre Abu Sahar, was captured.",
                "Velko Darin/PERSON", "Abu Sahar/PERSON");
        assertOne("The town of Khorvani, also spelt Kharwany, was shelled.", "Khorvani/LOCATION", "Kharwany/LOCATION");
        assertOne("The Orchard Front (Arabic: Bustan Nafi) walked out.", "Orchard Front/ORGANIZATION", "Bustan Nafi/ORGANIZATION");
        assertOne("Abu Layth, whose real name is Tariq Mansur, led the raid.", "Abu Layth/PERSON", "Tariq Mansur/PERSON");
        assertOne("Tariq Mansur, known by his kunya Abu Layth, led the raid.", "Tariq Mansur/PERSON", "Abu Layth/PERSON");
        assertOne("The Valley Front was formerly known as the Sons of the Valley.", "Valley Front/ORGANIZATION",
                "Sons of the Valley/ORGANIZATION");
        assertOne("Yusuf Barkani, a former smuggler turned militia leader whose nom de guerre is Abu Layth, fled.",
                "Yusuf Barkani/PERSON", "Abu Layth/PERSON");
    }

    @Test
    void cluster_aPersonsOtherNameTheTaggerReadAsAPlaceIsThePersons() {
        var d = doc(1, "Fighters under Halim Ozkar, better known as Karatepe, held the hills.", "Halim Ozkar/PERSON",
                "Karatepe/LOCATION");
        assertThat(d.clusters()).hasSize(1);
        assertThat(d.clusters().get(0).reasons()).anyMatch(r -> r.startsWith(AliasStatementRule.REASON));
        // the traps: a state is never a person's other name, and a place with no statement stays a place
        assertThat(doc(2, "Halim Ozkar, better known as Karatepe, fled.", "Halim Ozkar/PERSON", "Karatepe/COUNTRY")
                .clusters()).hasSize(2);
        assertThat(doc(3, "Halim Ozkar, born in Karatepe, fled.", "Halim Ozkar/PERSON", "Karatepe/LOCATION").clusters())
                .hasSize(2);
        assertThat(doc(4, "Halim Ozkar went to Karatepe.", "Halim Ozkar/PERSON", "Karatepe/LOCATION").clusters()).hasSize(2);
    }

    @Test
    void cluster_aLongGapStatesAnAliasOnlyInAnAppositiveEndingInWhose() {
        // "whose" belongs to the commander he met, not to him
        assertThat(doc(1, "Yusuf Barkani met a local commander in the hills whose nom de guerre is Abu Layth.",
                "Yusuf Barkani/PERSON", "Abu Layth/PERSON").clusters()).hasSize(2);
        assertThat(doc(2, "Yusuf Barkani, a former smuggler who later met the man whose nom de guerre is Abu Layth, fled.",
                "Yusuf Barkani/PERSON", "Abu Layth/PERSON").clusters()).as("the man he met").hasSize(2);
    }

    @Test
    void cluster_aNameQualifyingAnotherNounIsNotTheAliasOfWhatFollows() {
        // "the X leadership, now known as Y": Y is what the leadership became, X is the older whole
        var d = doc(1, "By autumn two movements had broken with the Dawn Movement leadership, now known as the Orchard "
                + "Front, and formed a rival bloc.", "Dawn Movement/ORGANIZATION", "Orchard Front/ORGANIZATION");
        assertThat(d.clusters()).hasSize(2);
    }

    @Test
    void cluster_bindsANicknameQuotedInsideAName() {
        var whole = doc(1, "Karim \"Abu Sahar\" Dorani was arrested. Abu Sahar had led the unit for years.",
                "Karim \"Abu Sahar\" Dorani/PERSON", "Abu Sahar/PERSON");
        assertThat(whole.clusters()).hasSize(1);
        assertThat(whole.clusters().get(0).reasons()).anyMatch(r -> r.startsWith("quoted nickname 'Abu Sahar'"));
        var pieces = doc(2, "Karim \u201CAbu Sahar\u201D Dorani was arrested.", "Karim/PERSON", "Abu Sahar/PERSON", "Dorani/PERSON");
        assertThat(pieces.clusters()).hasSize(1);
        // the trap: a quoted word between two names that are not one name ("Dorani said \"Sahar\" Karimi")
        var quote = doc(3, "Dorani told Abu Sahar: \"traitor\". Karim Tahiri agreed.", "Dorani/PERSON", "Abu Sahar/PERSON",
                "Karim Tahiri/PERSON");
        assertThat(quote.clusters()).hasSize(3);
        var other = doc(4, "Karim \"Abu Sahar\" Dorani was arrested. Abu Fadi escaped.", "Karim \"Abu Sahar\" Dorani/PERSON",
                "Abu Fadi/PERSON");
        assertThat(other.clusters()).hasSize(2);
    }

    @Test
    void cluster_keepsTheSentenceAsTheReason() {
        var d = doc(1, "Fighting resumed. Tariq Mansur, better known as Abu Layth, led the raid. He fled.",
                "Tariq Mansur/PERSON", "Abu Layth/PERSON");
        assertThat(d.clusters().get(0).reasons()).contains(
                "alias statement ('better known as'): 'Tariq Mansur, better known as Abu Layth, led the raid.'");
    }

    @Test
    void cluster_namesWithoutAStatementStayApart() {
        var met = doc(1, "Tariq Mansur met Abu Layth in the hills.", "Tariq Mansur/PERSON", "Abu Layth/PERSON");
        assertThat(met.clusters()).hasSize(2);
        var deputy = doc(2, "Velko Darin, formerly Tariq Mansur's deputy, was captured.", "Velko Darin/PERSON", "Tariq Mansur/PERSON");
        assertThat(deputy.clusters()).hasSize(2);
        var allied = doc(3, "The Harun Militia, formerly allied with the Dawn Movement, split.",
                "Harun Militia/ORGANIZATION", "Dawn Movement/ORGANIZATION");
        assertThat(allied.clusters()).hasSize(2);
        var apart = doc(4, "Tariq Mansur spoke first. Later known as a hardliner, Abu Layth answered.",
                "Tariq Mansur/PERSON", "Abu Layth/PERSON");
        assertThat(apart.clusters()).hasSize(2);
        var typed = doc(5, "Tariq Mansur, formerly known as the Harun Militia's emir, fled.", "Tariq Mansur/PERSON",
                "Harun Militia/ORGANIZATION");
        assertThat(typed.clusters()).hasSize(2);
    }

    @Test
    void resolve_bothNamesBindToOneEntityAcrossArticles() {
        EntityResolver r = new EntityResolver(TestDocs.KEYS, TestDocs.GLOSSARY, AliasTable.empty(), List.of());
        var one = doc(1, "Tariq Mansur, better known as Abu Layth, led the raid.", "Tariq Mansur/PERSON", "Abu Layth/PERSON");
        r.add(one.id(), one.clusters(), one.byIndex());
        var two = doc(2, "Abu Layth was seen in the capital.", "Abu Layth/PERSON");
        r.add(two.id(), two.clusters(), two.byIndex());
        var three = doc(3, "Tariq Mansur denied it.", "Tariq Mansur/PERSON");
        r.add(three.id(), three.clusters(), three.byIndex());
        assertThat(r.entities()).hasSize(1);
        assertThat(r.entities().get(0).reasons()).anyMatch(s -> s.startsWith(AliasStatementRule.REASON));
    }

    @Test
    void resolve_aBareAliasTwoActorsHoldJoinsNeither() {
        EntityResolver r = new EntityResolver(TestDocs.KEYS, TestDocs.GLOSSARY, AliasTable.empty(), List.of());
        for (var d : List.of(doc(1, "Tariq Mansur, better known as Abu Layth, led the raid.", "Tariq Mansur/PERSON", "Abu Layth/PERSON"),
                doc(2, "Salim Darwish, known by his kunya Abu Layth, was freed.", "Salim Darwish/PERSON", "Abu Layth/PERSON"),
                doc(3, "Abu Layth was seen in the capital.", "Abu Layth/PERSON"))) {
            r.add(d.id(), d.clusters(), d.byIndex());
        }
        assertThat(r.entities()).hasSize(3);
    }

    @Test
    void cues_comeFromTheUsersFilesTooAndABadLineNamesItsFileAndLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("mine.txt");
        Files.writeString(file, "# my cues\ngoes by\n:\n");
        LexiconFiles files = LexiconFiles.bundled().plus(Kind.ALIAS_CUES, List.of(file));
        NameKeys keys = NameKeys.load(files);
        var d = doc(1, "Tariq Mansur, who goes by Abu Layth, led the raid.", "Tariq Mansur/PERSON", "Abu Layth/PERSON");
        assertThat(new DocumentClusterer(keys, Glossary.load(keys)).cluster(d.text(), d.mentions())).hasSize(1);
        assertThat(d.clusters()).hasSize(2); // the bundled cues alone do not know "goes by"
        assertThat(files.problems()).singleElement().asString().contains("mine.txt line 3").contains("expected the words of a cue");
        assertThatThrownBy(files::requireNoProblems).isInstanceOf(DramatisException.class);
    }
}
