package org.dramatis.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dramatis.graph.Views.ActorSummary;
import org.dramatis.model.ActorType;
import org.junit.jupiter.api.Test;

class ActorTableTest {
    private static final ActorSummary DHAHABI = new ActorSummary(1, "Yusuf al-Dhahabi", ActorType.PERSON, 9, 3);
    private static final ActorSummary BRIGADES = new ActorSummary(2, "Marsh Brigades", ActorType.ORGANIZATION, 4, 4);
    private static final ActorSummary QADIRA = new ActorSummary(3, "Qadira", ActorType.COUNTRY, 12, 2);
    private static final ActorSummary ARIN = new ActorSummary(4, "arin Tahir", ActorType.PERSON, 4, 1);
    private static final List<ActorSummary> ACTORS = List.of(DHAHABI, BRIGADES, QADIRA, ARIN);
    private static final Map<Long, List<String>> SPELLINGS = Map.of(
            1L, List.of("Yusuf al-Dhahabi", "Yousef Dhahabi", "Abu Yusuf"),
            2L, List.of("Marsh Brigades", "Kataib al-Ahwar"),
            3L, List.of("Qadira", "Qadiri"),
            4L, List.of("arin Tahir"));

    @Test
    void page_filtersOnEverySpellingAndSaysWhichOneMatched() {
        ActorTable.Page page = page("kataib", "mentions", null, null);
        assertThat(page.rows()).singleElement().satisfies(r -> {
            assertThat(r.actor()).isEqualTo(BRIGADES);
            assertThat(r.matched()).isEqualTo("Kataib al-Ahwar");
        });
        assertThat(page("DHAHABI", null, null, null).rows()).singleElement()
                .satisfies(r -> assertThat(r.matched()).as("the display name matched").isNull());
        // Case, accents and punctuation aside: "Yōusef-dhahabi" is the spelling "Yousef Dhahabi".
        assertThat(page("Y\u014dusef-dhahabi", null, null, null).rows()).extracting(ActorTable.Row::actor)
                .containsExactly(DHAHABI);
        assertThat(page("nobody", null, null, null).rows()).isEmpty();
        assertThat(page("nobody", null, null, null).total()).isZero();
    }

    @Test
    void page_sortsByEveryColumnBothWays() {
        assertThat(names(page(null, null, null, null))).as("default: most mentioned first, a tie by name")
                .containsExactly("Qadira", "Yusuf al-Dhahabi", "arin Tahir", "Marsh Brigades");
        assertThat(names(page(null, "name", null, null))).as("names A to Z, case aside")
                .containsExactly("arin Tahir", "Marsh Brigades", "Qadira", "Yusuf al-Dhahabi");
        assertThat(names(page(null, "name", "desc", null)))
                .containsExactly("Yusuf al-Dhahabi", "Qadira", "Marsh Brigades", "arin Tahir");
        assertThat(names(page(null, "type", "asc", null))).as("by type label, then most mentioned")
                .containsExactly("Qadira", "Marsh Brigades", "Yusuf al-Dhahabi", "arin Tahir");
        assertThat(names(page(null, "documents", null, null))).as("documents, most first")
                .containsExactly("Marsh Brigades", "Yusuf al-Dhahabi", "Qadira", "arin Tahir");
        assertThat(names(page(null, "mentions", "asc", null))).as("equal counts: the tie broken by name")
                .containsExactly("arin Tahir", "Marsh Brigades", "Yusuf al-Dhahabi", "Qadira");
    }

    @Test
    void page_cutsPagesOfFiftyAndClampsAPageBeyondTheLast() {
        List<ActorSummary> many = new ArrayList<>();
        for (int i = 1; i <= 120; i++) {
            many.add(new ActorSummary(i, String.format("Actor %03d", i), ActorType.PERSON, 200 - i, 1));
        }
        ActorTable.Page second = ActorTable.page(many, Map.of(), ActorTable.parse("", "name", "asc", "2"));
        assertThat(second.total()).isEqualTo(120);
        assertThat(second.pages()).isEqualTo(3);
        assertThat(second.rows()).hasSize(50);
        assertThat(second.rows().get(0).actor().name()).isEqualTo("Actor 051");
        ActorTable.Page last = ActorTable.page(many, Map.of(), ActorTable.parse("", "name", "asc", "9"));
        assertThat(last.query().page()).isEqualTo(3);
        assertThat(last.rows()).hasSize(20);
        assertThat(last.rows().get(19).actor().name()).isEqualTo("Actor 120");
        ActorTable.Page empty = ActorTable.page(List.of(), Map.of(), ActorTable.parse("x", null, null, "4"));
        assertThat(empty.pages()).isEqualTo(1);
        assertThat(empty.query().page()).isEqualTo(1);
    }

    @Test
    void parse_refusesValuesItDoesNotKnowNamingTheParameter() {
        assertThatThrownBy(() -> ActorTable.parse(null, "age", null, null)).isInstanceOf(ApiException.class)
                .hasMessageContaining("'sort'").hasMessageContaining("'age'");
        assertThatThrownBy(() -> ActorTable.parse(null, null, "up", null)).hasMessageContaining("'dir'");
        assertThatThrownBy(() -> ActorTable.parse(null, null, null, "two")).hasMessageContaining("'page'");
        assertThat(ActorTable.parse(null, null, null, "0").page()).isEqualTo(1);
    }

    @Test
    void links_keepTheFilterAndSortAndFlipTheDirectionOfTheCurrentColumn() {
        String html = HomeActors.results(page("Qadiri & co", "name", "asc", null), true);
        assertThat(html).contains("href=\"/?filter=Qadiri+%26+co&amp;sort=name&amp;dir=desc\"",
                "href=\"/?filter=Qadiri+%26+co&amp;sort=mentions&amp;dir=desc\"", "aria-sort=\"ascending\"",
                "href=\"/search?q=Qadiri+%26+co\"");
    }

    private static ActorTable.Page page(String filter, String sort, String dir, String page) {
        return ActorTable.page(ACTORS, SPELLINGS, ActorTable.parse(filter, sort, dir, page));
    }

    private static List<String> names(ActorTable.Page page) {
        return page.rows().stream().map(r -> r.actor().name()).toList();
    }
}
