package org.dramatis.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dramatis.corpus.CorpusFixture.CLEAN;
import static org.dramatis.corpus.CorpusFixture.TEXT;
import static org.dramatis.corpus.CorpusFixture.cleanWith;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dramatis.model.EventType;
import org.dramatis.model.FactKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnotationLoaderTest {
    @TempDir
    Path tmp;

    private AnnotationLoader.Result load(List<String> lines) {
        return new AnnotationLoader().load(CorpusFixture.article(tmp, "train", "testland", "a01-t", TEXT, lines));
    }

    /** The single error of a load, as printed. */
    private String onlyError(List<String> lines) {
        AnnotationLoader.Result r = load(lines);
        assertThat(r.errors()).hasSize(1);
        return r.errors().get(0).toString();
    }

    @Test
    void load_placesEveryQuoteOfACleanArticle() {
        AnnotationLoader.Result r = load(CLEAN);
        assertThat(r.errors()).isEmpty();
        Annotated a = r.annotated();
        assertThat(a.docId()).isEqualTo("a01-t");
        assertThat(a.split()).isEqualTo("train");
        assertThat(a.mentions()).hasSize(10);
        Annotated.Mention omar2 = a.mentions().get(5);
        assertThat(omar2.span().start()).isEqualTo(TEXT.indexOf("Omar is"));
        assertThat(a.facts()).extracting(Annotated.Fact::rel).containsOnly(FactKind.ROLE);
        Annotated.Event meet = a.events().get(0);
        assertThat(meet.type()).isEqualTo(EventType.CONSULT);
        assertThat(meet.when().span().of(TEXT)).isEqualTo("on Saturday");
        assertThat(meet.when().value()).isEqualTo("2023-05-06");
        assertThat(a.events()).extracting(Annotated.Event::mod).containsExactly(CorpusModality.ASSERTED,
                CorpusModality.ASSERTED, CorpusModality.QUESTION, CorpusModality.DENIED, CorpusModality.ASSERTED);
    }

    @Test
    void load_refusesAQuoteItCannotPlace() {
        assertThat(onlyError(cleanWith(10, "{\"t\":\"mention\",\"e\":\"omar\",\"q\":\"Omar\",\"n\":3}")))
                .endsWith("a01-t.ann.jsonl:11: mention.q: 'Omar' occurs 2 times as a whole word, not 3");
    }

    @Test
    void load_refusesAnUnknownEntityId() {
        assertThat(onlyError(cleanWith(10, "{\"t\":\"mention\",\"e\":\"omer\",\"q\":\"Omar\",\"n\":2}")))
                .contains(":11: mention.e: 'omer' is not an entity of this article");
    }

    @Test
    void load_refusesUnknownRelationTypeModeAndModality() {
        assertThat(onlyError(cleanWith(15, CLEAN.get(15).replace("\"role\",\"s\"", "\"leads\",\"s\""))))
                .contains(":16: fact.rel: 'leads' is not a relation");
        assertThat(onlyError(cleanWith(17, CLEAN.get(17).replace("CONSULT", "MEET"))))
                .contains(":18: event.type: 'MEET' is not an event type");
        assertThat(onlyError(cleanWith(17, CLEAN.get(17).replace("\"meeting\"", "\"raid\""))))
                .contains(":18: event.mode: 'raid' is not a mode of CONSULT");
        assertThat(onlyError(cleanWith(19, CLEAN.get(19).replace("\"question\"", "\"rhetorical\""))))
                .contains(":20: event.mod: 'rhetorical' is not one of asserted|alleged|denied|hypothetical|question|planned");
    }

    @Test
    void load_refusesABadDate() {
        assertThat(onlyError(cleanWith(17, CLEAN.get(17).replace("2023-05-06", "2023-02-30"))))
                .contains(":18: event.when.value: must be a date written YYYY, YYYY-MM or YYYY-MM-DD");
        assertThat(onlyError(cleanWith(0, CLEAN.get(0).replace("2023-05-06", "May 2023"))))
                .contains(":1: doc.published: 'May 2023' is not a date");
        assertThat(onlyError(cleanWith(15, CLEAN.get(15).replace("\"mod\"", "\"start\":\"2021\",\"end\":\"2019-05\",\"mod\""))))
                .contains(":16: fact.end: end 2019-05 is before start 2021");
    }

    @Test
    void load_refusesEvidenceSpanningTwoSentences() {
        assertThat(onlyError(cleanWith(15, CLEAN.get(15).replace("Omar is the army's commander",
                "on Saturday. Omar is the army's commander"))))
                .contains(":16: fact.ev: 'on Saturday. Omar is the army's commander' spans two sentences");
    }

    @Test
    void load_refusesOverlappingMentions() {
        List<String> lines = new java.util.ArrayList<>(CLEAN);
        lines.add("{\"t\":\"mention\",\"e\":\"omar\",\"q\":\"Omar\",\"n\":1}");
        assertThat(onlyError(lines)).contains(":23: mention.q: 'Omar' overlaps 'Bashir Omar' (line 9)");
    }

    @Test
    void load_refusesAnEntityWithNoMention() {
        List<String> lines = new java.util.ArrayList<>(CLEAN);
        lines.add(1, "{\"t\":\"entity\",\"id\":\"ghost\",\"type\":\"Person\",\"name\":\"Nobody Here\"}");
        assertThat(onlyError(lines)).contains(":2: entity.id: 'ghost' has no mention");
    }

    @Test
    void load_refusesUnknownFieldsBadJsonAndAMisplacedDocLine() {
        assertThat(onlyError(cleanWith(17, CLEAN.get(17).replace("\"tgt\"", "\"target\""))))
                .contains(":18: event.target: unknown field");
        assertThat(onlyError(cleanWith(21, "{\"t\":\"event\",")))
                .contains(":22: not valid JSON");
        List<String> swapped = new java.util.ArrayList<>(CLEAN);
        swapped.add(0, swapped.remove(1));
        assertThat(onlyError(swapped)).contains(":2: doc: the doc line must be the first line");
    }

    @Test
    void load_refusesAPlaceThatIsNoPlaceAndASameThatNamesNoEvent() {
        assertThat(onlyError(cleanWith(17, CLEAN.get(17).replace("\"place\":\"kora\"", "\"place\":\"omar\""))))
                .contains(":18: event.place: 'omar' is a Person, not a Location or State");
        assertThat(onlyError(cleanWith(18, CLEAN.get(18).replace("\"same\":\"meet\"", "\"same\":\"talks\""))))
                .contains(":19: event.same: no event has the id 'talks'");
    }

    @Test
    void load_refusesATextIngestWouldStoreDifferently() {
        String doubled = TEXT.replace("Will the Front", "Will the  Front");
        AnnotationLoader.Result r = new AnnotationLoader().load(CorpusFixture.article(tmp, "train", "testland", "a01-t",
                doubled, CLEAN));
        assertThat(r.errors()).singleElement().asString().endsWith("a01-t.txt:3: column 10: ingest would store this text"
                + " differently (a tab, a double, trailing or non-breaking space, two blank lines, a blank first line, a"
                + " control character or a non-NFC letter); fix it so that spans keep their offsets");
    }

    @Test
    void load_reportsAMissingTextFile() throws Exception {
        Path ann = CorpusFixture.article(tmp, "train", "testland", "a01-t", TEXT, CLEAN);
        Files.delete(AnnotationLoader.textOf(ann));
        AnnotationLoader.Result r = new AnnotationLoader().load(ann);
        assertThat(r.annotated()).isNull();
        assertThat(r.errors()).singleElement().asString().contains("a01-t.txt: cannot read the article text");
    }
}
