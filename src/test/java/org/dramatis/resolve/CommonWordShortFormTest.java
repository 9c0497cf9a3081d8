package org.dramatis.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dramatis.resolve.TestDocs.doc;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two ways a one-word mention was taken for the short form of a longer name it is not: a head word capitalized only
 * because it opens a sentence, in an article that writes the same word as a common noun ("Army supporters ..." beside
 * "the army"), and a town a tagger typed as a person, used as a place ("born in Daura") beside a person whose surname it
 * is ("Lawal Daura").
 */
class CommonWordShortFormTest {
    private static EntityResolver resolve(TestDocs.Doc... docs) {
        EntityResolver r = new EntityResolver(TestDocs.KEYS, TestDocs.GLOSSARY, AliasTable.empty(), List.of());
        for (TestDocs.Doc d : docs) {
            r.add(d.id(), d.clusters(), d.byIndex());
        }
        return r;
    }

    private static List<ResolvedEntity> holding(EntityResolver r, String surface) {
        return r.entities().stream().filter(e -> e.names().containsKey(surface)).toList();
    }

    @Test
    void aSentenceOpeningHeadWord_theTextWritesInLowerCase_isNoShortForm() {
        EntityResolver r = resolve(doc(1, "The town is held by the army and the Vardan Liberation Army. Army supporters"
                + " cheered.", "Vardan Liberation Army/ORGANIZATION", "Army/ORGANIZATION"));
        assertThat(holding(r, "Vardan Liberation Army")).singleElement()
                .satisfies(e -> assertThat(e.names()).doesNotContainKey("Army"));
    }

    @Test
    void aHeadWordInsideASentence_stillRefersBack() {
        EntityResolver r = resolve(doc(1, "The town is held by the army and the Vardan Liberation Army. Fighters of the"
                + " Army cheered.", "Vardan Liberation Army/ORGANIZATION", "Army/ORGANIZATION"));
        assertThat(holding(r, "Vardan Liberation Army")).singleElement()
                .satisfies(e -> assertThat(e.names()).containsKey("Army"));
    }

    @Test
    void aSentenceOpeningHeadWord_theTextNeverWritesInLowerCase_refersBack() {
        EntityResolver r = resolve(doc(1, "The town is held by the Vardan Liberation Army. Army supporters cheered.",
                "Vardan Liberation Army/ORGANIZATION", "Army/ORGANIZATION"));
        assertThat(holding(r, "Vardan Liberation Army")).singleElement()
                .satisfies(e -> assertThat(e.names()).containsKey("Army"));
    }

    @Test
    void aNameUsedMostlyAsAPlace_isNoSurnameOfTheFullName() {
        EntityResolver r = resolve(doc(1, "He was born in Kessaro in 1950. The president sacked his spy chief, Omar"
                + " Kessaro, in 2018. He flew home to Kessaro in May.", "Kessaro/PERSON", "Omar Kessaro/PERSON",
                "Kessaro/PERSON"));
        assertThat(holding(r, "Omar Kessaro")).singleElement()
                .satisfies(e -> assertThat(e.names()).doesNotContainKey("Kessaro"));
    }

    @Test
    void aSurnameOnceAfterALocative_staysTheFullNamesShortForm() {
        EntityResolver r = resolve(doc(1, "Omar Kessaro took office in May. Parliament voted confidence in Kessaro."
                + " Kessaro thanked them. Kessaro's cabinet met.", "Omar Kessaro/PERSON", "Kessaro/PERSON",
                "Kessaro/PERSON", "Kessaro/PERSON"));
        assertThat(holding(r, "Omar Kessaro")).singleElement()
                .satisfies(e -> assertThat(e.names()).containsKey("Kessaro"));
    }

    @Test
    void aSurnameAfterTo_staysTheFullNamesShortForm() {
        // "to" places a group's or a place's name, not a person's: "lost to X", "an aide to X"
        EntityResolver r = resolve(doc(1, "Omar Kessaro won in 2003. The general lost to Kessaro. An aide to Kessaro spoke.",
                "Omar Kessaro/PERSON", "Kessaro/PERSON", "Kessaro/PERSON"));
        assertThat(holding(r, "Omar Kessaro")).singleElement()
                .satisfies(e -> assertThat(e.names()).containsKey("Kessaro"));
    }
}
