package org.dramatis.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A file without a date: the date its text gives, read by CoreNLP as ingestion reads it. */
class DocumentDateIT {
    private static DocumentDate infer(String text) {
        return DocumentDate.infer(SharedNlp.get().annotate(text, null));
    }

    @Test
    void aBylineWithATimeOfDayDatesThePage() {
        DocumentDate d = infer("Rockets hit the port of Kastmir\n\nBy Dina Morr | Published 12 March 2021, 09:40\n\n"
                + "The attack recalled the siege of January 2020. A vote is planned for June 2021.");
        assertEquals(new DocumentDate("2021-03-12", "DAY"), d);
    }

    @Test
    void withoutABylineTheLatestStatedDateStandsIn() {
        DocumentDate d = infer("Rockets hit the port of Kastmir.\n\nThe attack recalled the siege of January 2020. "
                + "Talks resumed on 4 May 2021.");
        assertEquals(new DocumentDate("2021-05-04", "DAY"), d);
    }

    @Test
    void aDateWithATimeOfDayCountsInTheText() {
        DocumentDate d = infer("Rockets hit the port of Kastmir.\n\nThe first rocket fell on 26 February 2021 at 9:15 am, "
                + "a year after the siege of January 2020.");
        assertEquals(new DocumentDate("2021-02-26", "DAY"), d);
    }

    @Test
    void aPublishedWordFarDownTheTextIsNoByline() {
        DocumentDate d = infer("Rockets hit the port of Kastmir.\n\nOne. Two. Three. Four. Five. Six. Seven.\n\n"
                + "The report published on 2 March 2019 was ignored. Talks resumed on 4 May 2021.");
        assertEquals(new DocumentDate("2021-05-04", "DAY"), d);
    }
}
