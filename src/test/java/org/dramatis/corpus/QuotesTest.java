package org.dramatis.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class QuotesTest {
    private static final String TEXT = "Iran-backed groups met Iranian envoys. Iran said Iran would reply. Burhan, al-Burhan.";

    @Test
    void place_findsTheNthWholeWordOccurrence() throws Exception {
        Span first = Quotes.place(TEXT, "Iran", 1);
        Span third = Quotes.place(TEXT, "Iran", 3);
        assertThat(first.of(TEXT)).isEqualTo("Iran");
        assertThat(first.start()).isZero();
        // "Iranian" does not count: the second whole-word "Iran" opens "Iran said".
        assertThat(Quotes.place(TEXT, "Iran", 2).start()).isEqualTo(TEXT.indexOf("Iran said"));
        assertThat(third.start()).isEqualTo(TEXT.indexOf("Iran would"));
    }

    @Test
    void place_countsOccurrencesInsideLongerNames() throws Exception {
        assertThat(Quotes.occurrences(TEXT, "Burhan")).hasSize(2);
        assertThat(Quotes.place(TEXT, "Burhan", 2).start()).isEqualTo(TEXT.indexOf("al-Burhan") + 3);
    }

    @Test
    void place_refusesAnOccurrenceBeyondTheLast() {
        assertThatThrownBy(() -> Quotes.place(TEXT, "Iran", 4)).isInstanceOf(Quotes.Unplaceable.class)
                .hasMessage("'Iran' occurs 3 times as a whole word, not 4");
    }

    @Test
    void place_refusesAPartOfAWordAndSaysWhere() {
        assertThatThrownBy(() -> Quotes.place(TEXT, "Irania", 1)).isInstanceOf(Quotes.Unplaceable.class)
                .hasMessageContaining("inside \"Iranian\"");
    }

    @Test
    void place_isCaseSensitiveAndSaysSo() {
        assertThatThrownBy(() -> Quotes.place(TEXT, "iran said", 1)).hasMessageContaining("the text has \"Iran said\"");
    }

    @Test
    void place_refusesPaddedQuotesAndBadOccurrenceNumbers() {
        assertThatThrownBy(() -> Quotes.place(TEXT, " Iran", 1)).hasMessageContaining("starts or ends with a space");
        assertThatThrownBy(() -> Quotes.place(TEXT, "Iran", 0)).hasMessageContaining("n=0");
        assertThatThrownBy(() -> Quotes.place(TEXT, "Khartoum", 1)).hasMessage("'Khartoum' is not in the text");
    }
}
