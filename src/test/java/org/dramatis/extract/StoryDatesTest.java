package org.dramatis.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dramatis.extract.TestDocs.doc;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dramatis.extract.StoryDates.Stated;
import org.dramatis.extract.StoryDates.Tense;
import org.dramatis.nlp.AnnotatedDocument;
import org.dramatis.nlp.EntityMention;
import org.junit.jupiter.api.Test;

/** Which numbers are dates, the story's year of a yearless date, and how a sentence tells a date; hand-made annotations. */
class StoryDatesTest {
    private final StoryDates dates = new StoryDates(Lexicons.load());

    private static List<String> dateTexts(AnnotatedDocument doc) {
        return doc.sentences().stream().flatMap(s -> s.mentions().stream()).filter(m -> m.tag().equals("DATE"))
                .map(EntityMention::text).toList();
    }

    @Test
    void readDates_aResolutionOrAVisionNumberIsNoYear() {
        AnnotatedDocument doc = doc(
                "The/DT council/NN renewed/VBD resolution/NN 1701/CD/DATE=1701 ./.",
                "It/PRP cited/VBD resolutions/NNS 1559/CD/DATE=1559 and/CC 1680/CD/DATE=1680 too/RB ./.",
                "The/DT kingdom/NN promotes/VBZ Vision/NNP 2030/CD/DATE=2030 ./.",
                "Officials/NNS defended/VBD the/DT 2030/CD/DATE=2030 plan/NN ./.",
                "Decree/NNP No./NN 1995/CD/DATE=1995 was/VBD read/VBN ./.");

        assertThat(dateTexts(dates.readDates(doc))).isEmpty();
    }

    @Test
    void readDates_aYearBesideSuchANounIsStillAYear() {
        AnnotatedDocument doc = doc(
                "Law/NNP 17/CD of/IN 2021/CD/DATE=2021 took/VBD effect/NN ./.",
                "In/IN 2014/CD/DATE=2014 brigades/NNS were/VBD formed/VBN ./.",
                "The/DT plan/NN was/VBD adopted/VBN in/IN March/NNP/DATE=2019-03 2019/CD/DATE=2019-03 ./.");

        assertThat(dateTexts(dates.readDates(doc))).containsExactly("2021", "2014", "March 2019");
    }

    @Test
    void readDates_aYearJoinedToItsPartInOneWordIsADateOfThatYear() {
        AnnotatedDocument doc = doc(
                "Osk/NNP was/VBD freed/VBN in/IN mid-2009/JJ ./.",
                "The/DT front/NN grew/VBD in/IN the/DT late-1990s/NNS and/CC early-2012/CD ./.",
                "A/DT mid-range/JJ rocket/NN and/CC the/DT 2009-10/CD budget/NN were/VBD shown/VBN ./.");

        AnnotatedDocument read = dates.readDates(doc);
        assertThat(read.sentences().stream().flatMap(s -> s.mentions().stream()).filter(m -> m.tag().equals("DATE"))
                .map(m -> m.text() + "=" + m.normalized() + "@" + m.tokenBegin())).containsExactly(
                "mid-2009=2009@4", "late-1990s=1990@5", "early-2012=2012@7");
        assertThat(dates.readDates(read)).as("read once, nothing more to add").isSameAs(read);
    }

    @Test
    void storyYears_aYearlessDateTakesTheYearOfTheNearestDateBeforeIt() {
        AnnotatedDocument doc = doc(
                "In/IN 2016/CD/DATE=2016 the/DT dispute/NN began/VBD ./.",
                "On/IN 3/CD/DATE=2020-06-03 June/NNP/DATE=2020-06-03 2020/CD/DATE=2020-06-03 the/DT minister/NN resigned/VBD ./.",
                "Turnout/NN was/VBD the/DT lowest/JJS since/IN 2005/CD/DATE=2005 ./.",
                "On/IN 12/CD/DATE=XXXX-06-12 June/NNP/DATE=XXXX-06-12 police/NNS fired/VBD ./.");

        assertThat(dates.storyYears(doc, null, true).entrySet()).singleElement()
                .satisfies(e -> {
                    assertThat(e.getKey().text()).isEqualTo("12 June");
                    assertThat(e.getValue()).isEqualTo("2020");
                });
    }

    @Test
    void storyYears_aSpanBroughtTheStoryToItsEndAndASpanLeftOpenToNoYear() {
        AnnotatedDocument whole = doc(
                "In/IN 2001/CD/DATE=2001 she/PRP joined/VBD ./.",
                "She/PRP governed/VBD from/IN 2006/CD/DATE=2006~2014 to/TO/DATE=2006~2014 2014/CD/DATE=2006~2014 ./.",
                "In/IN May/NNP/DATE=XXXX-05 she/PRP resigned/VBD ./.");
        assertThat(dates.storyYears(whole, null, true).values()).containsExactly("2014");

        AnnotatedDocument open = doc(
                "In/IN 2001/CD/DATE=2001 she/PRP joined/VBD ./.",
                "He/PRP led/VBD it/PRP from/IN 1992/CD/DATE=1992 until/IN his/PRP$ death/NN ./.",
                "In/IN May/NNP/DATE=XXXX-05 she/PRP resigned/VBD ./.");
        assertThat(dates.storyYears(open, null, true).values()).containsExactly("2001");
    }

    @Test
    void storyYears_aDateCountedFromTheWritingOrBeforeAnyYearHasNone() {
        AnnotatedDocument doc = doc(
                "On/IN 12/CD/DATE=XXXX-06-12 June/NNP/DATE=XXXX-06-12 police/NNS fired/VBD ./.",
                "In/IN 2019/CD/DATE=2019 talks/NNS failed/VBD ./.",
                "Prices/NNS have/VBP risen/VBN since/IN October/NNP/DATE=XXXX-10 ./.",
                "The/DT mayor/NN left/VBD last/JJ/DATE=XXXX-05 May/NNP/DATE=XXXX-05 ./.");

        assertThat(dates.storyYears(doc, null, true)).isEmpty();
    }

    @Test
    void storyYears_aPlannedDateGivesNoYear() {
        AnnotatedDocument doc = doc(
                "On/IN 2/CD/DATE=2021-05-02 May/NNP/DATE=2021-05-02 2021/CD/DATE=2021-05-02 talks/NNS resumed/VBD/O/-1/root ./.",
                "Elections/NNS/O/3/nsubj:pass will/MD/O/3/aux be/VB/O/3/aux:pass held/VBN/O/-1/root in/IN/O/5/case"
                        + " 2023/CD/DATE=2023/3/obl ./.",
                "On/IN 9/CD/DATE=XXXX-05-09 May/NNP/DATE=XXXX-05-09 the/DT envoy/NN left/VBD ./.",
                "A/DT vote/NN/O/4/nsubj:pass will/MD/O/4/aux be/VB/O/4/aux:pass held/VBN/O/-1/root on/IN/O/7/case"
                        + " 10/CD/DATE=XXXX-10-10/7/nummod October/NNP/DATE=XXXX-10-10/4/obl ./.");

        assertThat(dates.storyYears(doc, null, true).values()).containsExactly("2021");
        // A plan lies ahead of the writing: the first 10 October on or after it, whatever year the story told last.
        Map<String, String> written = new HashMap<>();
        dates.storyYears(doc, LocalDate.of(2022, 11, 2), true).forEach((m, y) -> written.put(m.text(), y));
        assertThat(written).containsEntry("9 May", "2021").containsEntry("10 October", "2023");
        // A text that states the day it was written counts its past dates back from it: only the plan is placed.
        assertThat(dates.storyYears(doc, LocalDate.of(2022, 11, 2), false).values()).containsExactly("2023");
    }

    @Test
    void storyYears_aTextThatStatesItsDayStillGivesAYearlessDateTheYearItsOwnSentenceStated() {
        AnnotatedDocument doc = doc(
                "In/IN 2013/CD/DATE=2013 the/DT talks/NNS began/VBD ./.",
                "On/IN 6/CD/DATE=XXXX-08-06 August/NNP/DATE=XXXX-08-06 the/DT speaker/NN left/VBD ./.",
                "The/DT premier/NN quit/VBD on/IN 9/CD/DATE=2014-01-09 January/NNP/DATE=2014-01-09 2014/CD/DATE=2014-01-09 ;/:"
                        + " the/DT assembly/NN voted/VBD/O/-1/root on/IN 26/CD/DATE=XXXX-01-26/13/nummod"
                        + " January/NNP/DATE=XXXX-01-26/10/obl ./.");

        Map<String, String> years = new HashMap<>();
        dates.storyYears(doc, LocalDate.of(2022, 3, 14), false).forEach((m, y) -> years.put(m.text(), y));
        assertThat(years).containsExactly(Map.entry("26 January", "2014"));
        // Told in the present, the date is not the story's: "took over in May 2020 and faces a vote on 10 October".
        AnnotatedDocument faces = doc("He/PRP/O/1/nsubj took/VBD/O/-1/root over/RP in/IN May/NNP/DATE=2020-05/1/obl"
                + " 2020/CD/DATE=2020-05 and/CC faces/VBZ/O/1/conj a/DT vote/NN on/IN 10/CD/DATE=XXXX-10-10/6/obl"
                + " October/NNP/DATE=XXXX-10-10 ./.");
        assertThat(dates.storyYears(faces, LocalDate.of(2021, 7, 29), false)).isEmpty();
    }

    @Test
    void storyYears_aYearAfterTheWritingIsNoTimeTheStoryIsToldIn() {
        AnnotatedDocument doc = doc(
                "In/IN 2023/CD/DATE=2023 the/DT fund/NN lent/VBD more/JJR ./.",
                "The/DT partnership/NN worth/JJ billions/NNS until/IN 2027/CD/DATE=2027 ./.",
                "The/DT board/NN approved/VBD it/PRP on/IN 29/CD/DATE=XXXX-03-29 March/NNP/DATE=XXXX-03-29 ./.");

        assertThat(dates.storyYears(doc, null, true).values()).containsExactly("2027");
        assertThat(dates.storyYears(doc, null, true, 2024).values()).containsExactly("2023");
        assertThat(dates.runningYears(doc, 2024)).containsEntry(2, "2023");
    }

    @Test
    void storyYears_aBareNumberBeforeModernTimesIsNoYearOfTheStory() {
        AnnotatedDocument doc = doc(
                "The/DT alliance/NN struck/VBD in/IN October/NNP/DATE=2023-10 2023/CD/DATE=2023-10 ./.",
                "Operation/NNP 1027/CD/DATE=1027 took/VBD the/DT town/NN ./.",
                "Talks/NNS followed/VBD on/IN 11/CD/DATE=XXXX-12-11 December/NNP/DATE=XXXX-12-11 ./.");

        assertThat(dates.runningYears(doc, 2024)).containsEntry(1, "2023").containsEntry(2, "2023");
        assertThat(dates.storyYears(doc, null, true, 2024).values()).containsExactly("2023");
    }

    @Test
    void storyYears_aWeekdayPlacedFromTheArticlesDateTakesNoStoryYear() {
        AnnotatedDocument doc = doc(
                "He/PRP was/VBD removed/VBN in/IN April/NNP/DATE=2022-04 2022/CD/DATE=2022-04 ./.",
                "On/IN Monday/NNP/DATE=2023-05-08 the/DT army/NN denied/VBD it/PRP ./.");

        assertThat(dates.storyYears(doc, null, true)).isEmpty();
    }

    @Test
    void stated_tellsPastEventsPlansAndDatelinesApart() {
        AnnotatedDocument doc = doc(
                "Baghdad/NNP ,/, 10/CD/DATE=2021-06-10 June/NNP/DATE=2021-06-10 2021/CD/DATE=2021-06-10",
                "Police/NNS/O/1/nsubj raided/VBD/O/-1/root the/DT/O/3/det office/NN/O/1/obj on/IN/O/6/case"
                        + " 9/CD/DATE=XXXX-06-09/6/nummod June/NNP/DATE=XXXX-06-09/1/obl ./.",
                "Elections/NNS/O/3/nsubj:pass will/MD/O/3/aux be/VB/O/3/aux:pass held/VBN/O/-1/root in/IN/O/5/case"
                        + " 2023/CD/DATE=2023/3/obl ./.");

        List<Stated> stated = dates.stated(doc);

        assertThat(stated).extracting(Stated::iso, Stated::ownYear, Stated::tense).containsExactly(
                org.assertj.core.groups.Tuple.tuple("2021-06-10", true, Tense.NONE),
                org.assertj.core.groups.Tuple.tuple("2021-06-09", false, Tense.PAST),
                org.assertj.core.groups.Tuple.tuple("2023", true, Tense.FUTURE));
    }

    @Test
    void stated_lastYearBesideAYearSaysWhenTheTextWasWritten() {
        AnnotatedDocument doc = doc("Last/JJ year/NN ,/, in/IN July/NNP/DATE=2019-07 2019/CD/DATE=2019-07 ,/, the/DT port/NN closed/VBD ./.");

        assertThat(dates.stated(doc)).singleElement().satisfies(d -> assertThat(d.writtenIn()).isEqualTo("2020"));
    }
}
