package org.dramatis.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dramatis.resolve.TestDocs.clusterOf;
import static org.dramatis.resolve.TestDocs.doc;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dramatis.model.ActorType;
import org.dramatis.model.DramatisException;
import org.dramatis.lexicon.Kind;
import org.dramatis.lexicon.LexiconFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The match model's veto on the rules' merges, and the cannot-link constraints, on invented names. */
class MatchVetoTest {
    private static EntityResolver resolver(MatchVeto veto) {
        return new EntityResolver(TestDocs.KEYS, TestDocs.GLOSSARY, AliasTable.empty(), List.of(), veto);
    }

    private static List<Assignment> add(EntityResolver r, TestDocs.Doc d) {
        return r.add(d.id(), d.clusters(), d.byIndex());
    }

    @Test
    void threshold_defaultsAndReadsTheSetting() {
        assertThat(MatchVeto.threshold(null, null)).isEqualTo(MatchVeto.DEFAULT_THRESHOLD);
        assertThat(MatchVeto.threshold(null, "0.2")).isEqualTo(0.2);
        assertThat(MatchVeto.threshold("0", "0.2")).isZero();
        assertThatThrownBy(() -> MatchVeto.threshold(null, "high")).isInstanceOf(DramatisException.class)
                .hasMessageContaining("DRAMATIS_MATCH_VETO").hasMessageContaining("'high'");
        assertThatThrownBy(() -> MatchVeto.threshold("1.5", null)).hasMessageContaining("-Ddramatis.match.veto");
    }

    @Test
    void resolve_placesSharingOnlyTheirConsonantsStayApartAndTheReasonSaysWhy() {
        EntityResolver rules = resolver(MatchVeto.off(TestDocs.KEYS));
        add(rules, doc(1, "Shelling hit Tarnak.", "Tarnak/LOCATION"));
        add(rules, doc(2, "Families fled Turnuk.", "Turnuk/LOCATION"));
        assertThat(rules.entities()).hasSize(1); // the rules alone join them on the skeleton "trnk"

        EntityResolver r = resolver(MatchVeto.fromSettings(TestDocs.KEYS));
        add(r, doc(1, "Shelling hit Tarnak.", "Tarnak/LOCATION"));
        List<Assignment> a = add(r, doc(2, "Families fled Turnuk.", "Turnuk/LOCATION"));
        assertThat(r.entities()).hasSize(2);
        assertThat(a.get(0).reasons()).anyMatch(s -> s.startsWith("new entity: match model vetoed joining 'Tarnak'")
                && s.contains("the rules had: same transliteration key"));
    }

    @Test
    void resolve_spellingsOfOneNameStillMerge() {
        EntityResolver r = resolver(MatchVeto.fromSettings(TestDocs.KEYS));
        add(r, doc(1, "Omar al-Nadhimi spoke.", "Omar al-Nadhimi/PERSON"));
        add(r, doc(2, "Omar Nazemi answered. Nazimi left.", "Omar Nazemi/PERSON", "Nazimi/PERSON"));
        assertThat(r.entities()).hasSize(1);
    }

    @Test
    void resolve_aHighThresholdVetoesEvenSpellings() {
        EntityResolver r = resolver(new MatchVeto(MatchModel.bundled(TestDocs.KEYS), TestDocs.KEYS, 1.0));
        add(r, doc(1, "Omar al-Nadhimi spoke.", "Omar al-Nadhimi/PERSON"));
        List<Assignment> a = add(r, doc(2, "Nazemi answered.", "Nazemi/PERSON"));
        assertThat(r.entities()).hasSize(2);
        assertThat(a.get(0).reasons()).anyMatch(s -> s.contains("match model vetoed"));
    }

    @Test
    void resolve_twoFullNamesOfOneConsonantSkeletonAreNeverVetoed() {
        // Vowels vary between outlets' transliterations ("Bajan al-Nanikufi", "Bejjen al-Nenikofi"); even a veto that
        // would refuse every pair leaves them to the rules.
        EntityResolver r = resolver(new MatchVeto(MatchModel.bundled(TestDocs.KEYS), TestDocs.KEYS, 1.0));
        add(r, doc(1, "Bajan al-Nanikufi spoke.", "Bajan al-Nanikufi/PERSON"));
        add(r, doc(2, "Bejjen al-Nenikofi answered.", "Bejjen al-Nenikofi/PERSON"));
        assertThat(r.entities()).hasSize(1);
    }

    @Test
    void cluster_twoTransliterationsOfOneFullNameInOneArticleJoin() {
        // q/gh and e/a: one man written two ways in one article; even a veto that would refuse every pair leaves them
        // to the rules, as it does across articles.
        String text = "Ghadir al-Bentawi arrived on Monday. Qadir al-Bantawi told reporters the talks had failed.";
        for (MatchVeto veto : List.of(MatchVeto.fromSettings(TestDocs.KEYS),
                new MatchVeto(MatchModel.bundled(TestDocs.KEYS), TestDocs.KEYS, 1.0))) {
            var d = doc(1, text, "Ghadir al-Bentawi/PERSON", "Qadir al-Bantawi/PERSON");
            assertThat(new DocumentClusterer(TestDocs.KEYS, TestDocs.GLOSSARY, veto).cluster(d.text(), d.mentions())).hasSize(1);
        }
        MatchVeto strict = new MatchVeto(MatchModel.bundled(TestDocs.KEYS), TestDocs.KEYS, 1.0);
        assertThat(strict.vetoPair("Ghadir al-Bentawi", ActorType.PERSON, "Qadir al-Bantawi", ActorType.PERSON)).isNull();
        // the trap: two different full names sharing a surname are still put to the model
        assertThat(strict.vetoPair("Ghadir al-Bentawi", ActorType.PERSON, "Salim al-Bentawi", ActorType.PERSON)).isNotNull();
        // and places of one skeleton are not exempt ("Tarnak"/"Turnuk" stay apart)
        assertThat(strict.vetoPair("Tarnak", ActorType.LOCATION, "Turnuk", ActorType.LOCATION)).isNotNull();
    }

    @Test
    void cluster_actorsOneSentenceSetsAgainstEachOtherAreNotOne() {
        var fighting = doc(1, "The Harun Brigades are fighting Harun near the border.", "Harun Brigades/ORGANIZATION", "Harun/ORGANIZATION");
        assertThat(fighting.clusters()).hasSize(2);
        assertThat(clusterOf(fighting.clusters(), fighting, "Harun").reasons())
                .anyMatch(s -> s.contains("set against each other in one sentence ('fighting')"));
        var between = doc(2, "Clashes between the Harun Brigades and Harun went on.", "Harun Brigades/ORGANIZATION", "Harun/ORGANIZATION");
        assertThat(between.clusters()).hasSize(2);
        var calm = doc(3, "The Harun Brigades said Harun would march.", "Harun Brigades/ORGANIZATION", "Harun/ORGANIZATION");
        assertThat(calm.clusters()).hasSize(1); // without the cue the short form joins its full name
    }

    @Test
    void cluster_oneMovementsFactionsOfTwoPeopleAreNotOne() {
        var split = doc(1, "The pact bound the Tarvan Freedom Movement faction of Osric Pellan to the council. Idris Marwan,"
                        + " whose TFM faction holds the hills, refused.",
                "Tarvan Freedom Movement/ORGANIZATION", "Osric Pellan/PERSON", "Idris Marwan/PERSON", "TFM/ORGANIZATION");
        assertThat(clusterOf(split.clusters(), split, "Tarvan Freedom Movement").mentions()).doesNotContain(3);
        assertThat(clusterOf(split.clusters(), split, "TFM").reasons())
                .anyMatch(s -> s.contains("named as the factions of two different people"));
        // Across the corpus too: the acronym's initials would give "TFM" to the movement's entity; the article kept the
        // two apart, so they are two entities.
        List<Assignment> assigned = add(resolver(MatchVeto.fromSettings(TestDocs.KEYS)), split);
        long movement = assigned.stream().filter(a -> a.mentions().contains(0)).findFirst().orElseThrow().entityId();
        long acronym = assigned.stream().filter(a -> a.mentions().contains(3)).findFirst().orElseThrow().entityId();
        assertThat(acronym).isNotEqualTo(movement);
        // "Marwan's faction of the TFM" reads the same way round.
        var possessive = doc(2, "The Tarvan Freedom Movement faction led by Osric Pellan signed. Marwan's faction of the TFM"
                        + " refused.",
                "Tarvan Freedom Movement/ORGANIZATION", "Osric Pellan/PERSON", "Marwan/PERSON", "TFM/ORGANIZATION");
        assertThat(clusterOf(possessive.clusters(), possessive, "Tarvan Freedom Movement").mentions()).doesNotContain(3);
        // One person's faction named twice, or a movement with no holder, is still one actor.
        var same = doc(3, "The Tarvan Freedom Movement faction of Osric Pellan signed. Pellan's TFM faction disarmed.",
                "Tarvan Freedom Movement/ORGANIZATION", "Osric Pellan/PERSON", "Pellan/PERSON", "TFM/ORGANIZATION");
        assertThat(clusterOf(same.clusters(), same, "Tarvan Freedom Movement").mentions()).contains(3);
        var plain = doc(4, "The Tarvan Freedom Movement signed. Idris Marwan said the TFM would disarm.",
                "Tarvan Freedom Movement/ORGANIZATION", "Idris Marwan/PERSON", "TFM/ORGANIZATION");
        assertThat(clusterOf(plain.clusters(), plain, "Tarvan Freedom Movement").mentions()).contains(2);
    }

    @Test
    void cluster_oneAcronymBracketedAfterTwoNamesJoinsNeither() {
        var typo = doc(1, "Fighting pitted the Eastern Rifle Column (ERC), a militia, against the Elite Reserve Corps (ERC)."
                        + " The ERC said it held the bridge.",
                "Eastern Rifle Column/ORGANIZATION", "ERC/ORGANIZATION", "Elite Reserve Corps/ORGANIZATION",
                "ERC/ORGANIZATION", "ERC/ORGANIZATION");
        var clusters = typo.clusters();
        assertThat(clusterOf(clusters, typo, "Eastern Rifle Column").mentions()).doesNotContain(2);
        assertThat(clusterOf(clusters, typo, "Elite Reserve Corps").mentions()).contains(3).doesNotContain(0);
        // One name written twice with its acronym is still one actor.
        var twice = doc(2, "The Eastern Rifle Column (ERC) moved. Later the Eastern Rifle Column (ERC) withdrew.",
                "Eastern Rifle Column/ORGANIZATION", "ERC/ORGANIZATION", "Eastern Rifle Column/ORGANIZATION", "ERC/ORGANIZATION");
        assertThat(twice.clusters()).hasSize(1);
    }

    @Test
    void capitals_aCapitalIsReadOnlyWhenItsVowelsFitToo(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("capitals.tsv");
        Files.writeString(file, "Amrana\tValdoria\n");
        Capitals c = Capitals.load(NameKeys.load(LexiconFiles.bundled().plus(Kind.CAPITALS, List.of(file))));
        assertThat(TestDocs.KEYS.key("Omruna")).isEqualTo(TestDocs.KEYS.key("Amrana"));
        assertThat(c.countryOf("Amrana")).contains("Valdoria");
        assertThat(c.countryOf("Omruna")).isEmpty();
    }

    @Test
    void vetoPair_namesTheTwoNamesAndTheScore() {
        MatchVeto v = MatchVeto.fromSettings(TestDocs.KEYS);
        assertThat(v.vetoPair("Tarnak", ActorType.LOCATION, "Turnuk", ActorType.LOCATION))
                .startsWith("match model vetoed joining 'Tarnak' and 'Turnuk'");
        assertThat(v.vetoPair("Omar al-Nadhimi", ActorType.PERSON, "Omar Nazemi", ActorType.PERSON)).isNull();
    }

    @Test
    void resolve_oneNameTaggedStateAndPlaceIsNeverVetoed() {
        EntityResolver r = resolver(MatchVeto.fromSettings(TestDocs.KEYS));
        add(r, doc(1, "Valdoria protested.", "Valdoria/COUNTRY"));
        add(r, doc(2, "Rain fell on Valdoria.", "Valdoria/LOCATION"));
        assertThat(r.entities()).hasSize(1);
    }
}
