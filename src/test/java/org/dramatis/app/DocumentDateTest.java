package org.dramatis.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dramatis.extract.TestDocs.doc;

import java.time.LocalDate;
import org.dramatis.extract.Byline;
import org.dramatis.extract.Lexicons;
import org.dramatis.extract.StoryDates;
import org.dramatis.model.DatePrecision;
import org.dramatis.model.DateSource;
import org.dramatis.nlp.AnnotatedDocument;
import org.junit.jupiter.api.Test;

/** The date of a file that carries none, inferred from hand-made annotations of sentences written for the test. */
class DocumentDateTest {
    private static final StoryDates DATES = new StoryDates(Lexicons.load());

    private static DocumentDate infer(String... sentences) {
        return DocumentDate.infer(doc(sentences), DATES);
    }

    private static DocumentDate text(String iso) {
        return new DocumentDate(iso, DatePrecision.of(iso), DateSource.TEXT);
    }

    /** "Police raided the office on <date>": the date hangs on a verb in the past tense. */
    private static String raided(String dateWords) {
        StringBuilder b = new StringBuilder("Police/NNS/O/1/nsubj raided/VBD/O/-1/root the/DT/O/3/det office/NN/O/1/obj");
        for (String w : dateWords.split(" ")) {
            b.append(' ').append(w).append("/1/obl");
        }
        return b.append(" ./.").toString();
    }

    @Test
    void infer_anOpinionPieceThatRecallsAnOlderYearIsDatedByItsLatestPastEvent() {
        DocumentDate d = infer(
                "The/DT quarrel/NN over/IN the/DT border/NN is/VBZ old/JJ ./.",
                raided("the/DT/DATE=2020-SU summer/NN/DATE=2020-SU of/IN/DATE=2020-SU 2020/CD/DATE=2020-SU"),
                raided("2016/CD/DATE=2016"),
                "The/DT parties/NNS remember/VBP 2016/CD/DATE=2016 well/RB ./.");

        // SUTime gives "the summer of 2020" as 2020-SU: a year stated all the same, later than the 2016 recalled after it.
        assertThat(d).isEqualTo(text("2020"));
    }

    @Test
    void infer_isNeverEarlierThanAYearlessEventTheStoryPlacesAfterItsLatestFullDate() {
        DocumentDate d = infer(
                raided("3/CD/DATE=2020-06-03 June/NNP/DATE=2020-06-03 2020/CD/DATE=2020-06-03"),
                "Crowds/NNS gathered/VBD ./.",
                raided("12/CD/DATE=XXXX-06-12 June/NNP/DATE=XXXX-06-12"));

        assertThat(d).isEqualTo(text("2020-06-12"));
        assertThat(d.anchor()).isEqualTo(LocalDate.of(2020, 6, 12));
    }

    @Test
    void infer_numbersThatNameAResolutionOrAPlanDateNothing() {
        DocumentDate d = infer(
                "The/DT council/NN renewed/VBD resolution/NN 1701/CD/DATE=1701 ./.",
                "Officials/NNS praised/VBD Vision/NNP 2030/CD/DATE=2030 and/CC the/DT 2035/CD/DATE=2035 plan/NN ./.",
                raided("4/CD/DATE=2021-05-04 May/NNP/DATE=2021-05-04 2021/CD/DATE=2021-05-04"));

        assertThat(d).isEqualTo(text("2021-05-04"));
    }

    @Test
    void infer_isNeverLaterThanTheNewestPastEventForAPlanOrAPresentTenseDate() {
        DocumentDate d = infer(
                raided("4/CD/DATE=2021-05-04 May/NNP/DATE=2021-05-04 2021/CD/DATE=2021-05-04"),
                "Elections/NNS/O/3/nsubj:pass will/MD/O/3/aux be/VB/O/3/aux:pass held/VBN/O/-1/root in/IN/O/5/case"
                        + " 2023/CD/DATE=2023/3/obl ./.",
                "The/DT mandate/NN/O/2/nsubj runs/VBZ/O/-1/root until/IN/O/4/case 2024/CD/DATE=2024/2/obl ./.");

        assertThat(d).isEqualTo(text("2021-05-04"));
    }

    @Test
    void infer_aDatelineAtTheTopDatesTheText() {
        DocumentDate d = infer(
                "Court/NNP frees/VBZ commander/NN",
                "Baghdad/NNP ,/, 10/CD/DATE=2021-06-10 June/NNP/DATE=2021-06-10 2021/CD/DATE=2021-06-10 -/:",
                raided("12/CD/DATE=XXXX-06-12 June/NNP/DATE=XXXX-06-12"));

        assertThat(d).isEqualTo(new DocumentDate("2021-06-10", DatePrecision.DAY, DateSource.BYLINE));
    }

    @Test
    void infer_aDayOpeningASentenceIsNoDateline() {
        DocumentDate d = infer(
                "On/IN 3/CD/DATE=2021-05-03 May/NNP/DATE=2021-05-03 2021/CD/DATE=2021-05-03 ,/, police/NNS fired/VBD ./.",
                raided("4/CD/DATE=2021-05-04 May/NNP/DATE=2021-05-04 2021/CD/DATE=2021-05-04"));

        assertThat(d).isEqualTo(text("2021-05-04"));
    }

    @Test
    void infer_aYearCenturiesFromEveryOtherDateIsSetAside() {
        DocumentDate d = infer(
                raided("2019/CD/DATE=2019"),
                raided("4/CD/DATE=2019-05-04 May/NNP/DATE=2019-05-04 2019/CD/DATE=2019-05-04"),
                "The/DT convoy/NN/O/2/nsubj left/VBD/O/-1/root at/IN/O/4/case 2310/CD/DATE=2310/2/obl ./.");

        assertThat(d).isEqualTo(text("2019-05-04"));
    }

    @Test
    void infer_aYearOfAnotherCalendarLeavesTheTextUndated() {
        // A translation dating its events in the Solar Hijri calendar: "1400" is no Gregorian year.
        DocumentDate d = infer(raided("1400/CD/DATE=1400"));

        assertThat(d.iso()).isNull();
        assertThat(infer(raided("1400/CD/DATE=1400"), raided("2021/CD/DATE=2021"))).isEqualTo(text("2021"));
    }

    @Test
    void infer_withoutAPastEventTheLatestDateStandsIn() {
        DocumentDate d = infer(
                "The/DT city/NN/O/2/nsubj is/VBZ/O/2/cop calm/JJ/O/-1/root in/IN/O/4/case March/NNP/DATE=2022-03/2/obl"
                        + " 2022/CD/DATE=2022-03/2/obl ./.");

        assertThat(d).isEqualTo(text("2022-03"));
    }

    @Test
    void infer_lastYearBesideAYearMovesTheEstimateToTheYearAfter() {
        DocumentDate d = infer("Last/JJ year/NN ,/, in/IN July/NNP/DATE=2019-07 2019/CD/DATE=2019-07 ,/, the/DT port/NN closed/VBD ./.");

        assertThat(d).isEqualTo(text("2020"));
        assertThat(d.anchor()).isEqualTo(LocalDate.of(2020, 12, 31));
    }

    @Test
    void infer_onlyPlansGiveNoDate() {
        DocumentDate d = infer("Elections/NNS/O/3/nsubj:pass will/MD/O/3/aux be/VB/O/3/aux:pass held/VBN/O/-1/root"
                + " in/IN/O/5/case 2023/CD/DATE=2023/3/obl ./.");

        assertThat(d.iso()).isNull();
        assertThat(d.anchor()).isNull();
    }

    @Test
    void given_keepsThePrecisionTheUserWrote() {
        assertThat(DocumentDate.given("2021-06")).isEqualTo(new DocumentDate("2021-06", DatePrecision.MONTH, DateSource.USER));
        assertThat(DocumentDate.given("2021").anchor()).isEqualTo(LocalDate.of(2021, 12, 31));
        assertThatThrownBy(() -> new DocumentDate("2021-06", DatePrecision.DAY, DateSource.USER))
                .hasMessageContaining("2021-06");
    }

    @Test
    void infer_readsTheBylineFirst() {
        AnnotatedDocument doc = doc("Published/VBN 12/CD/DATE=2021-03-12 March/NNP/DATE=2021-03-12 2021/CD/DATE=2021-03-12",
                raided("4/CD/DATE=2021-05-04 May/NNP/DATE=2021-05-04 2021/CD/DATE=2021-05-04"));

        assertThat(DocumentDate.infer(doc, DATES)).isEqualTo(new DocumentDate("2021-03-12", DatePrecision.DAY, DateSource.BYLINE));
    }

    @Test
    void infer_aDayStandingAsAFieldOfABylineDatesThePageAndALaterUpdateOnlyBoundsIt() {
        AnnotatedDocument doc = doc("By/IN Staff/NNP Reporter/NNP |/SYM 11/CD/DATE=2019-12-11 December/NNP/DATE=2019-12-11"
                        + " 2019/CD/DATE=2019-12-11 ,/, 19:40/CD",
                "Update/NN ,/, 23/CD/DATE=2020-01-23 January/NNP/DATE=2020-01-23 2020/CD/DATE=2020-01-23 :/: the/DT"
                        + " story/NN was/VBD updated/VBN",
                raided("4/CD/DATE=2019-12-04 December/NNP/DATE=2019-12-04 2019/CD/DATE=2019-12-04"));

        assertThat(DocumentDate.infer(doc, DATES)).isEqualTo(new DocumentDate("2019-12-11", DatePrecision.DAY, DateSource.BYLINE));
        assertThat(Byline.days(doc)).containsExactly(LocalDate.of(2019, 12, 11), LocalDate.of(2020, 1, 23));
    }

    @Test
    void infer_aMetaLineOfFieldsDatesThePage() {
        AnnotatedDocument doc = doc("Analysis/NN \u00b7/SYM Economy/NNP Programme/NNP \u00b7/SYM 15/CD/DATE=2024-07-15"
                        + " July/NNP/DATE=2024-07-15 2024/CD/DATE=2024-07-15 \u00b7/SYM 11/CD min/NN read/VB",
                raided("29/CD/DATE=2024-03-29 March/NNP/DATE=2024-03-29 2024/CD/DATE=2024-03-29"));

        assertThat(DocumentDate.infer(doc, DATES)).isEqualTo(new DocumentDate("2024-07-15", DatePrecision.DAY, DateSource.BYLINE));
    }

    @Test
    void infer_aDayInsideAFieldOfWordsIsNoByline() {
        AnnotatedDocument doc = doc("Analysis/NN |/SYM Talks/NNS resumed/VBD on/IN 15/CD/DATE=2024-07-15 July/NNP/DATE=2024-07-15"
                        + " 2024/CD/DATE=2024-07-15 in/IN Doha/NNP",
                raided("29/CD/DATE=2024-09-29 September/NNP/DATE=2024-09-29 2024/CD/DATE=2024-09-29"));

        assertThat(DocumentDate.infer(doc, DATES).source()).isEqualTo(DateSource.TEXT);
    }
}
