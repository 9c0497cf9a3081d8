package org.dramatis.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dramatis.extract.RulesFixture.facts;
import static org.dramatis.extract.RulesFixture.run;

import java.util.List;
import org.dramatis.model.FactKind;
import org.dramatis.nlp.StoredAnnotations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A qualifier that makes a post another one stays in the role ("a deputy president stored as president" was the fault):
 * deputy, vice and assistant from {@code post-qualifiers.tsv}. Invented sentences, as CoreNLP annotated them (stored).
 */
@ExtendWith(StoredAnnotations.class)
class PostQualifiersTest {
    private static List<String> roles(Extraction x, String person) {
        return facts(x, FactKind.ROLE, person, null).stream().map(FactClaim::role).toList();
    }

    @Test
    void role_keepsDeputyBeforeAPortfolioTitle() {
        Extraction x = run("Deputy Interior Minister Samir Deeb resigned in Kastmir on Monday.");
        assertThat(roles(x, "Samir Deeb")).containsExactly("deputy minister of interior");
    }

    @Test
    void role_keepsTheRealTitleVicePresident() {
        Extraction x = run("Vice-President Omar Talib of Norland flew to Kastmir on Sunday.");
        assertThat(roles(x, "Omar Talib")).containsExactly("vice president");
    }

    @Test
    void role_keepsDeputyBeforeATitleOfOneWord() {
        Extraction x = run("Norland's Deputy President Omar Talib opened the session.");
        assertThat(roles(x, "Omar Talib")).containsExactly("deputy president");
    }

    @Test
    void role_keepsAssistant() {
        Extraction x = run("Assistant commander Rana Haddad of the Amber Hill Movement was killed in the raid.");
        assertThat(roles(x, "Rana Haddad")).containsExactly("assistant commander");
    }

    @Test
    void role_withoutAQualifierStaysThePost() {
        Extraction x = run("The deputy speaker of parliament thanked President Lena Vost of Norland for the invitation.");
        assertThat(roles(x, "Lena Vost")).containsExactly("president");
    }
}
