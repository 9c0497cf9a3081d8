package org.dramatis.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dramatis.extract.TestDocs.doc;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.dramatis.model.FactKind;
import org.dramatis.nlp.AnnotatedDocument;
import org.junit.jupiter.api.Test;

/** The rule list is checked when built, and any rule in it can be switched off by id. */
class RuleListTest {
    private static final Lexicons LEX = Lexicons.load();

    /** A rule that finds nothing, with the requirements a test gives it. */
    private record Stub(RuleSpec spec) implements ExtractionRule {
        Stub(String id, Set<String> requires, Set<String> provides) {
            this(new RuleSpec(id, "test rule", requires, provides));
        }

        @Override
        public void apply(SentenceView sentence, DocContext document, RuleOutput out) {
        }
    }

    @Test
    void check_aRuleRequiringWhatARuleAfterItProvidesFailsNamingBoth() {
        List<ExtractionRule> rules = List.of(new Stub("stances", Set.of("mentions", "posts"), Set.of("stances")),
                new Stub("titles", Set.of("mentions"), Set.of("posts")));

        assertThatThrownBy(() -> new RuleList(rules, Set.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rule 'stances' requires 'posts'")
                .hasMessageContaining("rule 'titles' provides it but runs after it");
    }

    @Test
    void check_aRequirementNothingProvidesIsNamed() {
        List<ExtractionRule> rules = List.of(new Stub("stances", Set.of("syntax-trees"), Set.of("stances")));

        assertThatThrownBy(() -> new RuleList(rules, Set.of()))
                .hasMessageContaining("rule 'stances' requires 'syntax-trees'").hasMessageContaining("no rule provides it");
    }

    @Test
    void check_theStandardListHoldsAndKeepsItsOrder() {
        RuleList list = new RuleList(RuleList.standard(LEX), Set.of());

        assertThat(list.all()).extracting(ExtractionRule::id)
                .containsExactly("roles", "relation-verbs", "born", "received-from", "backed-compound", "designation",
                        "marker-nouns", "integrated", "state-bodies", "part-of", "membership", "close-to", "demands",
                        "support-nouns", "under-command", "relation-nouns",
                        "aid", "events", "story-clock");
        assertThat(list.describe()).allSatisfy(r -> assertThat(r.on()).isTrue());
    }

    @Test
    void spec_anIdThatIsNotLowerCaseWordsIsRefused() {
        assertThatThrownBy(() -> new RuleSpec("Roles", "posts", Set.of(), Set.of("posts")))
                .hasMessageContaining("extraction rule id 'Roles'");
        assertThatThrownBy(() -> new RuleSpec("roles", " ", Set.of(), Set.of("posts")))
                .hasMessageContaining("'roles' has no description");
    }

    @Test
    void switchOff_anUnknownIdIsAnErrorNamingTheRules() {
        assertThatThrownBy(() -> new Extractor(LEX, Set.of("role")))
                .hasMessageContaining("no extraction rule 'role'").hasMessageContaining("roles, relation-verbs, born");
    }

    @Test
    void switchOff_listsAreReadCommaSeparatedAndInAnyCase() {
        assertThat(RuleList.parse(" Roles, aid,,")).containsExactly("roles", "aid");
        assertThat(RuleList.parse(null)).isEmpty();
    }

    @Test
    void extract_aRuleSwitchedOffAddsNothingAndTheOthersStillRun() {
        AnnotatedDocument doc = doc(
                "Defence/NNP/TITLE Minister/NNP/TITLE Oren/NNP/PERSON Falk/NNP/PERSON visited/VBD Karsa/NNP/CITY ./.",
                "Falk/NNP/PERSON/2/nsubj:pass was/VBD/O/2/aux:pass born/VBN/O/-1/root in/IN/O/4/case 1961/CD/DATE=1961/2/obl:in ./././2/punct");
        LocalDate day = LocalDate.of(2021, 3, 4);

        Extraction all = new Extractor(LEX, Set.of()).extract(doc, day, "falk.txt");
        Extraction withoutRoles = new Extractor(LEX, Set.of("roles")).extract(doc, day, "falk.txt");

        assertThat(all.facts()).anySatisfy(f -> assertThat(f.kind()).isEqualTo(FactKind.ROLE));
        assertThat(withoutRoles.facts()).noneSatisfy(f -> assertThat(f.kind()).isEqualTo(FactKind.ROLE))
                .anySatisfy(f -> assertThat(f.kind()).isEqualTo(FactKind.BORN));
        assertThat(withoutRoles.mentions()).isEqualTo(all.mentions());
        assertThat(new Extractor(LEX, Set.of("roles")).rules()).filteredOn(RuleInfo::id, "roles")
                .singleElement().satisfies(r -> assertThat(r.on()).isFalse());
    }

    @Test
    void extract_aFinerRuleNamesItsClaimsAndCanBeSwitchedOffAlone() {
        AnnotatedDocument doc = doc(
                "Defence/NNP/TITLE Minister/NNP/TITLE Oren/NNP/PERSON Falk/NNP/PERSON visited/VBD Karsa/NNP/CITY ./.",
                "Falk/NNP/PERSON/2/nsubj:pass was/VBD/O/2/aux:pass born/VBN/O/-1/root in/IN/O/4/case 1961/CD/DATE=1961/2/obl:in ./././2/punct");
        LocalDate day = LocalDate.of(2021, 3, 4);

        Extraction all = new Extractor(LEX, Set.of()).extract(doc, day, "falk.txt");
        Extraction withoutBirths = new Extractor(LEX, Set.of("born")).extract(doc, day, "falk.txt");

        assertThat(all.facts()).filteredOn(f -> f.kind() == FactKind.BORN).singleElement()
                .satisfies(f -> assertThat(f.rule()).isEqualTo("born"));
        assertThat(withoutBirths.facts()).noneSatisfy(f -> assertThat(f.kind()).isEqualTo(FactKind.BORN))
                .anySatisfy(f -> assertThat(f.kind()).isEqualTo(FactKind.ROLE));
    }
}
