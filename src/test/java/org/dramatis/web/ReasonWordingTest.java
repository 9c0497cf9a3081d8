package org.dramatis.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReasonWordingTest {
    /** One reason of every shape the resolver records, with invented names. */
    private static final List<String> RECORDED = List.of(
            "same transliteration key 'ysf dhbi' ('Yusuf al-Dhahabi')",
            "'Yousef Dhahabi' and 'Yusuf Dhahabi' share the transliteration key 'ysf dhbi'",
            "same bare name key 'dhbi'",
            "same surname 'dhbi' and given name 'ysf' ('Yusuf Dhahabi')",
            "same surname 'dhbi', Jaro-Winkler 0.92 on given names 'ysf'/'ysif'",
            "same given name 'ysf', Jaro-Winkler 0.91 on surnames 'dhbi'/'dhabi'",
            "alias table: 'Qadiri' is listed for 'Qadira'",
            "alias table: 'Qadira' is listed for 'Qadira'",
            "glossary: 'Marsh Brigades' translates 'Kataib al-Ahwar' (kataib=brigades)",
            "glossary: kataib=brigades ('Kataib al-Ahwar')",
            "acronym MBF of Marsh Brigades Front",
            "acronym MBFQ is the initials of 'Marsh Brigades Front' followed by places this article names",
            "'Front of the Marsh Brigades' gives the initials of acronym 'Marsh Brigades Front' before the places its article names",
            "'Dhahabi' is a short form of the only matching full name 'Yusuf al-Dhahabi'",
            "apposition 'Marsh Brigades Front (MBF'",
            "'Qadir City' is a place here; 'Qadira' holds it only as its government",
            "'Qadir City' is a place here; entity 12 holds it only as its government",
            "'Council' is a generic word, not matched across documents",
            "capital 'Qadir City' stands for its government, Qadira",
            "'Yusuf Dhahabi' and 'Omar Dhahabi' share the surname but not the given name",
            "'Dhahabi' is the surname of the only full-name entity 'Yusuf al-Dhahabi'",
            "bare surname entity 'Dhahabi' joins the only full name with that surname, 'Yusuf al-Dhahabi'",
            "'Dhahabi' is ambiguous: surname of 2 entities ('Yusuf Dhahabi', 'Omar Dhahabi')",
            "'Dhahabi' is ambiguous: surname of 3 or more entities ('Yusuf Dhahabi', 'Omar Dhahabi', 'Ali Dhahabi')",
            "one-word name 'ahwr' tagged person here and location before: one actor, the tagger slipped",
            "full name 'Yusuf Dhahabi' tagged organization here and person before, every word matching 'Yusuf Dhahabi': a person's name, the tagger slipped",
            "'Ahwar' is tagged as a person once but as a location elsewhere in the document, and no person here has that name",
            "the bare head word 'Brigades' refers back to the only organization named with it, 'Marsh Brigades'",
            "'Ahwar Kataib' has an organization head word (kataib=brigades), so it names an organization, not a location",
            "3 shared co-mentioned entities (others: 1)",
            "new entity: no candidate",
            "new entity: best candidate scored too low",
            "new entity: tied between entities 4 and 9 at 1.00",
            "analyst decision #7: 'Yusuf Dhahabi' is 'Abu Yusuf'",
            "analyst ruled 'Yusef Dahabi' is not the same actor as a name of 'Yusuf al-Dhahabi'");

    @Test
    void sentence_wordsEveryRecordedReasonWithoutItsInternalKeys() {
        for (String reason : RECORDED) {
            String sentence = ReasonWording.sentence(reason);
            assertThat(sentence).as(reason).doesNotStartWith("Recorded by the resolver").endsWith(".")
                    .doesNotContain("transliteration key", "ysf", "dhbi", "ahwr", "Jaro-Winkler", "entity 12", "entities 4",
                            "=", "tagger", "candidate");
        }
    }

    @Test
    void lines_gatherTheSpellingsOtherArticlesUseIntoOneSentence() {
        List<ReasonWording.Line> lines = ReasonWording.lines(List.of("new entity: no candidate",
                "same transliteration key 'ysf dhbi' ('Yusuf al-Dhahabi')",
                "'Dhahabi' is a short form of the only matching full name 'Yusuf al-Dhahabi'",
                "same transliteration key 'ysf dhbi' ('Yousef Dhahabi')"));
        assertThat(lines).extracting(ReasonWording.Line::sentence).containsExactly(
                "First named where no known actor had a similar name.",
                "Also named \u201cYusuf al-Dhahabi\u201d and \u201cYousef Dhahabi\u201d in other articles: the same name,"
                        + " spelled alike or in other transliterations.",
                "\u201cDhahabi\u201d is short for \u201cYusuf al-Dhahabi\u201d, the only full name in its article that fits.");
        assertThat(lines.get(1).reason()).contains("('Yusuf al-Dhahabi')", "('Yousef Dhahabi')");
    }

    @Test
    void lines_sayEachSentenceOnce() {
        assertThat(ReasonWording.lines(List.of("same surname 'dhbi', Jaro-Winkler 0.92 on given names 'ysf'/'ysif'",
                "same surname 'dhbi', Jaro-Winkler 0.95 on given names 'ysf'/'ysuf'"))).hasSize(1);
    }

    @Test
    void sentence_wordsGlossesAndMendsTheBracketAnAppositionLost() {
        assertThat(ReasonWording.sentence("glossary: 'Marsh Brigades' translates 'Kataib al-Ahwar' (kataib=brigades)"))
                .isEqualTo("\u201cMarsh Brigades\u201d and \u201cKataib al-Ahwar\u201d are the same name translated"
                        + " (kataib means brigades).");
        assertThat(ReasonWording.sentence("apposition 'Marsh Brigades Front (MBF'"))
                .isEqualTo("An article gives both names together: \u201cMarsh Brigades Front (MBF)\u201d.");
        assertThat(ReasonWording.sentence("one-word name 'ahwr' tagged person here and organization before: one actor,"
                + " the tagger slipped")).contains("as a person in one article and as an organization in another");
    }

    @Test
    void sentence_showsAReasonItDoesNotKnowAsRecorded() {
        assertThat(ReasonWording.sentence("a rule written next year")).isEqualTo(
                "Recorded by the resolver as: a rule written next year.");
    }
}
