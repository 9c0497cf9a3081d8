package org.dramatis.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dramatis.extract.RulesFixture.run;

import java.util.List;
import org.dramatis.nlp.StoredAnnotations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An event's summary is the clause that tells it, not its participants' names in a row. Invented sentences, as CoreNLP
 * annotated them (stored).
 */
@ExtendWith(StoredAnnotations.class)
class ClauseSummaryTest {
    private static List<String> summaries(Extraction x) {
        return x.events().stream().map(EventClaim::summary).toList();
    }

    @Test
    void summary_isTheClauseWithoutTheReportingVerb() {
        Extraction x = run("Counter-terrorism troops raided a militia depot south of Kastmir on Monday, officials said.");
        assertThat(summaries(x)).anySatisfy(s -> assertThat(s)
                .startsWith("Counter-terrorism troops raided a militia depot south of Kastmir")
                .doesNotContain("officials said"));
    }

    @Test
    void summary_ofAConjoinedVerbKeepsTheSharedSubjectAndLeavesTheOtherVerbOut() {
        Extraction x = run("Police arrested Samir Deeb in Kastmir and raided the offices of the Amber Hill Movement.");
        assertThat(summaries(x)).anySatisfy(s -> assertThat(s).isEqualTo("Police arrested Samir Deeb in Kastmir"));
        assertThat(summaries(x)).anySatisfy(s -> assertThat(s).contains("raided the offices of the Amber Hill Movement")
                .doesNotContain("arrested"));
    }

    @Test
    void summary_putsTheActorsNameForAPronounSubject() {
        Extraction x = run("Lena Vost flew to Kastmir on Sunday. She met the cleric Samir Deeb at his home there.");
        assertThat(summaries(x)).anySatisfy(s -> assertThat(s).startsWith("Lena Vost met the cleric Samir Deeb"));
        assertThat(summaries(x)).noneSatisfy(s -> assertThat(s).startsWith("She "));
    }

    @Test
    void summary_leavesARelativeClauseOnTheTargetOut() {
        Extraction x = run("The Amber Hill Movement, whose fighters hold the northern districts, attacked an army convoy "
                + "near Kastmir, which had left the capital at dawn.");
        assertThat(summaries(x)).anySatisfy(s -> assertThat(s).contains("attacked an army convoy near Kastmir")
                .doesNotContain("whose fighters").doesNotContain("at dawn"));
    }

    @Test
    void summary_ofALongClauseIsCut() {
        Extraction x = run("Police arrested Samir Deeb, Lena Vost, Omar Talib, Rana Haddad, Yusuf Karim, Nadia Salem, "
                + "Hadi Rostam, Leila Farouk, Amin Jaber, Karim Nassar and Dina Aziz in the old market of Kastmir on "
                + "Tuesday after a long search of the southern districts by the interior ministry's special units.");
        assertThat(summaries(x)).allSatisfy(s -> assertThat(s.split(" ")).hasSizeLessThanOrEqualTo(ClauseSummary.MAX_TOKENS + 1));
    }
}
