package org.dramatis.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.dramatis.graph.PostsAsOf.Held;
import org.dramatis.graph.Views.Evidence;
import org.dramatis.graph.Views.Fact;
import org.dramatis.model.FactKind;
import org.dramatis.model.Modality;
import org.junit.jupiter.api.Test;

/** The dossier's posts timeline shows an end the sources imply, why, and the sentence that shows it. */
class DossierPostsTest {
    private static Evidence evidence(long claim, long document, String outlet, String published) {
        return new Evidence(claim, document, "doc" + document, "Title " + document, outlet, null, published, 2,
                "On 15 June 2021 President Ilan Morr dismissed Samir Deeb.", 0, 10, Modality.ASSERTED, null);
    }

    private static Fact post(String key, String start, String end) {
        return new Fact(key, FactKind.ROLE, 8, "Samir Deeb", 100L, "Kastmir", "minister of interior", null, start, end,
                Modality.ASSERTED, List.of(evidence(1, 1, "Kastmir Daily", "2019-03-01")));
    }

    @Test
    void anImpliedEnd_isShownWithItsReasonAndALinkToItsSentence() {
        Fact ended = post("role:8:100:minister of interior", "2019-02", null);
        Evidence dismissal = evidence(9, 4, "Tolmer Wire", "2021-06-16");
        String html = DossierSections.posts(List.of(ended), 8, f -> List.of(),
                Map.of(ended.key(), new Held(ended, "2021-06-15", "dismissed by Ilan Morr", dismissal)));

        assertThat(html).contains("2019-02 – 2021-06-15", "(ended: dismissed by Ilan Morr, ",
                "<a href=\"/documents/4#s2\"", "Tolmer Wire 2021-06-16</a>)");
    }

    @Test
    void aStatedEnd_isShownWithoutAReason() {
        Fact stated = post("role:8:100:minister of interior", "2019-02", "2020-01");
        String html = DossierSections.posts(List.of(stated), 8, f -> List.of(),
                Map.of(stated.key(), new Held(stated, "2021-06-15", "resigned", null)));
        assertThat(html).contains("2019-02 – 2020-01").doesNotContain("ended:");
    }
}
