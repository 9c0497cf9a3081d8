package org.dramatis.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dramatis.extract.TestDocs.doc;

import java.time.LocalDate;
import org.dramatis.model.DatePrecision;
import org.dramatis.model.DateSource;
import org.dramatis.nlp.AnnotatedDocument;
import org.junit.jupiter.api.Test;

/** Event dates that depend on how well the document's own date is known, over hand-made annotations. */
class EventDatesTest {
    private final Extractor extractor = new Extractor();

    @Test
    void extract_weekdayCountsBackFromTheDayTheTextStates() {
        Extraction x = extractor.extract(doc(
                "Marsana/NNP/LOCATION ,/, 20/CD/DATE=2020-06-20 June/NNP/DATE=2020-06-20 2020/CD/DATE=2020-06-20 ./.",
                "Police/NNS made/VBD a/DT raid/NN on/IN Friday/NNP/DATE=XXXX-WXX-5 ./."),
                LocalDate.of(2020, 6, 20));
        assertThat(x.events()).singleElement().satisfies(e -> assertThat(e.date()).isEqualTo("2020-06-19"));
    }

    @Test
    void extract_weekdayStaysUnplacedAgainstAnEstimatedDate() {
        Extraction x = extractor.extract(doc(
                "In/IN June/NNP/DATE=2020-06 2020/CD/DATE=2020-06 the/DT city/NN was/VBD calm/JJ ./.",
                "Police/NNS made/VBD a/DT raid/NN on/IN Friday/NNP/DATE=XXXX-WXX-5 ./."),
                LocalDate.of(2020, 6, 30));
        // A raid naming nobody is kept only with a date to the day; the estimate gives it none.
        assertThat(x.events()).isEmpty();
    }

    @Test
    void extract_weekdayAndYearlessDatesCountFromADayInferredFromTheStory() {
        AnnotatedDocument doc = doc(
                "On/IN 3/CD/DATE=2020-06-03 June/NNP/DATE=2020-06-03 2020/CD/DATE=2020-06-03 the/DT minister/NN resigned/VBD ./.",
                "On/IN 12/CD/DATE=XXXX-06-12 June/NNP/DATE=XXXX-06-12 police/NNS made/VBD a/DT raid/NN ./.",
                "Police/NNS made/VBD a/DT raid/NN on/IN Wednesday/NNP/DATE=XXXX-WXX-3 ./.");

        // The inferred date, 12 June 2020, is no day the text states with its year; it counts all the same.
        Extraction x = extractor.extract(doc, LocalDate.of(2020, 6, 12), DatePrecision.DAY, DateSource.TEXT);

        assertThat(x.events()).extracting(EventClaim::date).containsExactlyInAnyOrder("2020-06-12", "2020-06-10");
    }
}
