package org.dramatis.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dramatis.extract.TestDocs.doc;

import java.time.LocalDate;
import java.util.Set;
import org.dramatis.model.ActorType;
import org.dramatis.nlp.AnnotatedDocument;
import org.junit.jupiter.api.Test;

/** A "person" in a held title's body slot is typed an organization before any rule runs, whichever rules run. */
class TitleSlotTypesTest {
    private static final Lexicons LEX = Lexicons.load();
    private static final LocalDate DAY = LocalDate.of(2021, 3, 4);

    /** "The leader of Vantor, Oren Falk, spoke." with NER calling Vantor a person. */
    private static final AnnotatedDocument LEADER_OF = doc("The/DT/O/1/det leader/NN/O/8/nsubj of/IN/O/3/case "
            + "Vantor/NNP/PERSON/1/nmod:of ,/,/O/6/punct Oren/NNP/PERSON/6/compound Falk/NNP/PERSON/1/appos ,/,/O/6/punct "
            + "spoke/VBD/O/-1/root ./././8/punct");

    /** "Vantor's deputy, Oren Falk, spoke.": a deputy may be a person's. */
    private static final AnnotatedDocument DEPUTY = doc("Vantor/NNP/PERSON/2/nmod:poss 's/POS/O/0/case "
            + "deputy/NN/O/7/nsubj ,/,/O/5/punct Oren/NNP/PERSON/5/compound Falk/NNP/PERSON/2/appos ,/,/O/5/punct "
            + "spoke/VBD/O/-1/root ./././7/punct");

    @Test
    void aPersonInTheBodySlotOfATitleIsAnOrganizationEvenWithTheRoleRulesOff() {
        for (Set<String> off : java.util.List.of(Set.<String>of(), Set.of("roles"))) {
            Extraction x = new Extractor(LEX, off).extract(LEADER_OF, DAY, "vantor.txt");

            assertThat(x.mentions()).extracting(ActorMention::text, ActorMention::type)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("Vantor", ActorType.ORGANIZATION),
                            org.assertj.core.groups.Tuple.tuple("Oren Falk", ActorType.PERSON));
        }
    }

    @Test
    void theOwnerOfATitleAPersonMayHoldStaysAPerson() {
        Extraction x = new Extractor(LEX, Set.of()).extract(DEPUTY, DAY, "vantor.txt");

        assertThat(x.mentions()).filteredOn(ActorMention::text, "Vantor").singleElement()
                .satisfies(m -> assertThat(m.type()).isEqualTo(ActorType.PERSON));
        // The title is still linked to its owner: only the type is left alone.
        assertThat(x.facts()).anySatisfy(f -> {
            assertThat(f.role()).isEqualTo("deputy");
            assertThat(x.mentions().get(f.object()).text()).isEqualTo("Vantor");
        });
    }
}
