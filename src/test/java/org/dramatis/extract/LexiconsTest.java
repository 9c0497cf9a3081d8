package org.dramatis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.dramatis.model.EventType;
import org.dramatis.model.FactKind;
import org.junit.jupiter.api.Test;

class LexiconsTest {
    private final Lexicons lex = Lexicons.load();

    @Test
    void load_readsDemonymsAsAWorldList() {
        assertThat(lex.demonymCount()).isGreaterThan(150);
        assertThat(lex.countryOfDemonym("Norwegian")).isEqualTo("Norway");
        assertThat(lex.countryOfDemonym("norwegian")).isNull();
    }

    @Test
    void load_readsTitlesWithCanonicalForms() {
        assertThat(lex.role("prime minister")).isEqualTo("prime minister");
        assertThat(lex.role("chairman")).isEqualTo("chair");
        assertThat(lex.role("plumber")).isNull();
    }

    @Test
    void load_readsEventTriggersWithModeAndPartOfSpeech() {
        Lexicons.EventTrigger raid = lex.event("storm");
        assertThat(raid.type()).isEqualTo(EventType.COERCE);
        assertThat(raid.mode()).isEqualTo("raid");
        assertThat(lex.event("assassination").noun()).isTrue();
        assertThat(lex.event("release").type()).isEqualTo(EventType.RETREAT);
    }

    @Test
    void load_readsRelationTriggersWithPrepositionAndDirection() {
        assertThat(lex.relations("turn")).singleElement().satisfies(t -> {
            assertThat(t.preposition()).isEqualTo("against");
            assertThat(t.kinds()).containsExactly(FactKind.OPPOSES);
        });
        assertThat(lex.relations("receive")).anySatisfy(t -> {
            assertThat(t.objectLemma()).isEqualTo("funding");
            assertThat(t.reverse()).isTrue();
            assertThat(t.kinds()).containsExactly(FactKind.BACKS);
        });
    }

    @Test
    void load_readsHeadsOfGovernmentAndSpeakerRolesAsCanonicalRoles() {
        assertThat(lex.titles().headsOfGovernment()).contains("prime minister").doesNotContain("president");
        assertThat(lex.titles().speakerRoles()).contains("spokesman").doesNotContain("leader");
        assertThat(lex.titles().speakerRoles()).allSatisfy(r -> assertThat(lex.titles().roles()).containsValue(r));
    }

    @Test
    void load_readsPredicateAdjectivesApartFromVerbs() {
        assertThat(lex.relations("close")).singleElement().satisfies(t -> {
            assertThat(t.adjective()).isTrue();
            assertThat(t.preposition()).isEqualTo("to");
            assertThat(t.kinds()).containsExactly(FactKind.ASSOCIATE);
        });
        assertThat(lex.relations("support")).noneMatch(Lexicons.RelationTrigger::adjective);
    }
}
