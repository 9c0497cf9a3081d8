package org.dramatis.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.dramatis.extract.EventClaim;
import org.dramatis.extract.Extraction;
import org.dramatis.extract.Extractor;
import org.dramatis.model.DatePrecision;
import org.dramatis.model.DateSource;
import org.dramatis.nlp.AnnotatedDocument;
import org.dramatis.nlp.StoredAnnotations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A file without a date: the date its text gives, read as ingestion reads it from CoreNLP's stored annotations of
 * sentences written here.
 */
@ExtendWith(StoredAnnotations.class)
class DocumentDateFromTextTest {
    private static final Extractor EXTRACTOR = new Extractor();

    private static DocumentDate infer(String text) {
        return DocumentDate.infer(StoredAnnotations.of(text, null), EXTRACTOR.storyDates());
    }

    private static DocumentDate text(String iso) {
        return new DocumentDate(iso, DatePrecision.of(iso), DateSource.TEXT);
    }

    @Test
    void aSentenceToYearsKeepsTheYearOfItsDay() {
        // SUTime reads "2019 to fifteen years" as a range of durations and leaves "25 September" without its year
        // (SutimeRepairs): the text's latest dated deed is that sentence, not the arrest in May.
        DocumentDate d = infer("Police arrested Omar Haddad in May 2019. The Dunmore Criminal Court sentenced him on "
                + "25 September 2019 to fifteen years in prison.");
        assertEquals(text("2019-09-25"), d);
    }

    @Test
    void aTranslatedDatelineDatesTheDispatch() {
        // "11 of the month of August, of the year 2023": one day, not a number, a month and a year (SutimeRepairs).
        DocumentDate d = infer("Leaders order the standby force ready\n\nFrom our correspondent in Dunmore, Friday, 11 of "
                + "the month of August, of the year 2023\n\nThe leaders of the bloc met yesterday Thursday in Dunmore. "
                + "Omar Haddad was elected president in the year 2021.");
        assertEquals(LocalDate.of(2023, 8, 11).toString(), d.iso());
    }

    @Test
    void aBylineWithATimeOfDayDatesThePage() {
        DocumentDate d = infer("Rockets hit the port of Kastmir\n\nBy Dina Morr | Published 12 March 2021, 09:40\n\n"
                + "The attack recalled the siege of January 2020. A vote is planned for June 2021.");
        assertEquals(new DocumentDate("2021-03-12", DatePrecision.DAY, DateSource.BYLINE), d);
    }

    @Test
    void withoutABylineTheLatestStatedDateStandsIn() {
        DocumentDate d = infer("Rockets hit the port of Kastmir.\n\nThe attack recalled the siege of January 2020. "
                + "Talks resumed on 4 May 2021.");
        assertEquals(text("2021-05-04"), d);
    }

    @Test
    void aDateWithATimeOfDayCountsInTheText() {
        DocumentDate d = infer("Rockets hit the port of Kastmir.\n\nThe first rocket fell on 26 February 2021 at 9:15 am, "
                + "a year after the siege of January 2020.");
        assertEquals(text("2021-02-26"), d);
    }

    @Test
    void aPublishedWordFarDownTheTextIsNoByline() {
        DocumentDate d = infer("Rockets hit the port of Kastmir.\n\nOne. Two. Three. Four. Five. Six. Seven.\n\n"
                + "The report published on 2 March 2019 was ignored. Talks resumed on 4 May 2021.");
        assertEquals(text("2021-05-04"), d);
    }

    @Test
    void aDatelineDatesTheTextAndItsYearlessDaysCountBackFromIt() {
        String article = "Court frees port commander\n\nMarsana, 10 January 2021 - A court in Marsana released the port "
                + "commander Hamid Qarawi on Saturday. Police had arrested Hamid Qarawi on 28 December.";
        AnnotatedDocument doc = StoredAnnotations.of(article, null);
        DocumentDate d = DocumentDate.infer(doc, EXTRACTOR.storyDates());
        assertEquals(new DocumentDate("2021-01-10", DatePrecision.DAY, DateSource.BYLINE), d);

        Extraction x = EXTRACTOR.extract(doc, d.anchor(), d.precision(), d.source());
        assertThat(x.events()).extracting(EventClaim::date).contains("2021-01-09", "2020-12-28");
    }

    @Test
    void resolutionAndPlanNumbersAreNoYears() {
        DocumentDate d = infer("Envoys weigh the truce in Kastmir.\n\nThe council extended UN resolution 1701 on 28 August 2020. "
                + "The government says its Vision 2030 and the 2035 plan will bring investment. Law 17 of 2019 still applies.");
        assertEquals(text("2020-08-28"), d);
    }

    @Test
    void anOpinionPieceRecallingAnOlderDisputeIsDatedByItsLatestPastEvent() {
        DocumentDate d = infer("The harbour quarrel will not end by itself\n\nIn the summer of 2020 the two ministers met again "
                + "and failed again. Their quarrel began in 2016, when the port was sold, and in 2016 nobody objected.");
        assertEquals(text("2020"), d);
    }

    @Test
    void aPlanAheadDoesNotDateTheArticle() {
        DocumentDate d = infer("Kastmir sets a vote\n\nThe commission met on 4 May 2021. Elections will be held in June 2023, "
                + "the chairman said, and a census is scheduled for 2024.");
        assertEquals(text("2021-05-04"), d);
    }

    @Test
    void aYearlessDateTakesTheYearOfTheDateBeforeIt() {
        String article = "Protests spread in Kastmir\n\nThe interior minister of Kastmir resigned on 3 June 2020 after a week "
                + "of unrest. Crowds gathered again in the capital. On 12 June, police arrested the opposition leader "
                + "Hamid Qarawi in Marsana.";
        AnnotatedDocument doc = StoredAnnotations.of(article, null);
        DocumentDate d = DocumentDate.infer(doc, EXTRACTOR.storyDates());
        assertEquals(text("2020-06-12"), d);

        Extraction x = EXTRACTOR.extract(doc, d.anchor(), d.precision(), d.source());
        assertThat(x.events()).extracting(EventClaim::date).contains("2020-06-12").doesNotContain("2019-06-12");
    }

    @Test
    void lastYearCountsFromTheInferredYear() {
        String article = "Port reopens\n\nLast year, in July 2019, the port of Marsana closed after a strike. "
                + "Police arrested Hamid Qarawi last year.";
        AnnotatedDocument doc = StoredAnnotations.of(article, null);
        DocumentDate d = DocumentDate.infer(doc, EXTRACTOR.storyDates());
        assertEquals(text("2020"), d);
        assertThat(d.anchor()).isEqualTo(LocalDate.of(2020, 12, 31));

        Extraction x = EXTRACTOR.extract(doc, d.anchor(), d.precision(), d.source());
        assertThat(x.events()).extracting(EventClaim::date).contains("2019");
    }
}
