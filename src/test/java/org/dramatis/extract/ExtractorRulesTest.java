package org.dramatis.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dramatis.extract.RulesFixture.facts;
import static org.dramatis.extract.RulesFixture.has;
import static org.dramatis.extract.RulesFixture.run;

import org.dramatis.model.ActorType;
import org.dramatis.model.EventType;
import org.dramatis.model.FactKind;
import org.dramatis.nlp.StoredAnnotations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The second round of general rules, each over invented sentences (invented states Veloria and Kastmir), as CoreNLP
 * annotated them (stored).
 */
@ExtendWith(StoredAnnotations.class)
class ExtractorRulesTest {
    @Test
    void extract_aStatesOwnBodyIsPartOfTheState() {
        Extraction x = run("Chile's Storm Force trained the militia. The Chilean Coast Guard seized a boat. The Oman "
                + "Treasury froze its accounts, and Oman denied any role.");
        assertThat(has(x, FactKind.PART_OF, "Storm Force", "Chile")).isTrue();
        assertThat(has(x, FactKind.PART_OF, "Chilean Coast Guard", "Chile")).isTrue();
        assertThat(has(x, FactKind.PART_OF, "Oman Treasury", "Oman")).isTrue();
    }

    @Test
    void extract_aStatesBodyNamedWithOfOrByTheStatesInitialsIsPartOfTheState() {
        Extraction x = run("The United States warned Chile on Monday. The U.S. Treasury froze the accounts, and the Chilean"
                + " Ministry of Defence said nothing.");
        assertThat(has(x, FactKind.PART_OF, "U.S. Treasury", "United States")).isTrue();
        assertThat(has(x, FactKind.PART_OF, "Ministry of Defence", "Chile")).isTrue();
    }

    @Test
    void extract_ansarOpensAGroupsName() {
        Extraction x = run("Maytham Sarraf, who leads Ansar al-Wafa, spoke in Tolmer.");
        assertThat(x.mentions()).anySatisfy(m -> {
            assertThat(m.text()).isEqualTo("Ansar al-Wafa");
            assertThat(m.type()).isEqualTo(ActorType.ORGANIZATION);
        });
        assertThat(facts(x, FactKind.ROLE, "Maytham Sarraf", "Ansar al-Wafa")).isNotEmpty();
    }

    @Test
    void extract_whoseNamesTheLeaderOfTheBody() {
        Extraction x = run("The populist cleric Samir Deeb, whose Amber Hill alliance won the most seats in 2018, dismissed "
                + "the resolution.");
        assertThat(facts(x, FactKind.ROLE, "Samir Deeb", "Amber Hill")).anySatisfy(f -> assertThat(f.role()).isEqualTo("leader"));
        Extraction rival = run("The cleric Samir Deeb met Lena Vost, whose Amber Hill alliance won the most seats.");
        assertThat(facts(rival, FactKind.ROLE, "Samir Deeb", "Amber Hill")).isEmpty();
    }

    @Test
    void extract_aSuccessorHoldsThePostHisPredecessorLeft() {
        Extraction x = run("Ilan Morr succeeded Samir Deeb as commander of the Red Reed Battalions in 2019.");
        assertThat(facts(x, FactKind.ROLE, "Ilan Morr", "Red Reed Battalions")).anySatisfy(f -> {
            assertThat(f.role()).isEqualTo("commander");
            assertThat(f.start()).isEqualTo("2019");
        });
        assertThat(facts(x, FactKind.ROLE, "Samir Deeb", "Red Reed Battalions")).anySatisfy(f -> {
            assertThat(f.value()).isEqualTo("former");
            assertThat(f.end()).isEqualTo("2019");
        });
        Extraction head = run("Lena Vost, who succeeded Samir Deeb at the head of the Amber Hill Movement, spoke in Tolmer.");
        assertThat(facts(head, FactKind.ROLE, "Lena Vost", "Amber Hill Movement")).isNotEmpty();
        Extraction failed = run("Ilan Morr succeeded in defeating Samir Deeb at the polls.");
        assertThat(failed.facts()).noneMatch(f -> f.kind() == FactKind.ROLE);
    }

    @Test
    void extract_aStateBacksTheGroupItsNameSaysItLeads() {
        Extraction x = run("Chile said it would stay. The Chile-led coalition fighting the Red Reed Battalions suspended training.");
        assertThat(x.mentions()).anySatisfy(m -> {
            assertThat(m.text()).isEqualTo("Chile-led coalition");
            assertThat(m.type()).isEqualTo(ActorType.ORGANIZATION);
        });
        assertThat(facts(x, FactKind.BACKS, "Chile", "Chile-led coalition")).isNotEmpty();
        Extraction shia = run("A Shia-led coalition won the vote in Tolmer.");
        assertThat(shia.mentions()).noneSatisfy(m -> assertThat(m.text()).isEqualTo("Shia-led coalition"));
    }

    @Test
    void extract_aPartyOfAStateIsNoPartOfIt() {
        Extraction x = run("Chile's Amber Hill Party won the vote, and Chile's Red Reed Movement lost it.");
        assertThat(has(x, FactKind.PART_OF, "Amber Hill Party", "Chile")).isFalse();
        assertThat(has(x, FactKind.PART_OF, "Red Reed Movement", "Chile")).isFalse();
    }

    @Test
    void extract_aForceOfAnotherBodyIsPartOfIt() {
        Extraction x = run("Backers: Chile, above all the Storm Force of the Revolutionary Guards.");
        assertThat(has(x, FactKind.PART_OF, "Storm Force", "Revolutionary Guards")).isTrue();
    }

    @Test
    void extract_derivedDemonymNamesTheCountry() {
        Extraction x = run("Kastmir denied the report. The Kastmiri-backed Iron Lantern Brigades attacked a fuel depot.");
        assertThat(has(x, FactKind.BACKS, "Kastmir", "Iron Lantern Brigades")).isTrue();
        assertThat(x.mentions()).anySatisfy(m -> {
            assertThat(m.text()).isEqualTo("Kastmir");
            assertThat(m.type()).isEqualTo(ActorType.COUNTRY);
        });
    }

    @Test
    void extract_ministerOfPhraseBeforeNameKeepsNameOutOfRole() {
        Extraction x = run("Minister of Fisheries Oren Dask visited the harbour on Monday.");
        assertThat(facts(x, FactKind.ROLE, "Oren Dask", null))
                .anySatisfy(f -> assertThat(f.role()).isEqualTo("minister of fisheries"));
    }

    @Test
    void extract_untitledPremierBelongsToHomeStateNotToForeignEmbassy() {
        Extraction x = run("Prime Minister Tavi Rask spoke in Veloria on Monday. The Kastmiri embassy in Veloria was closed. "
                + "The government of Veloria put its army on alert. Kastmir said nothing.");
        assertThat(facts(x, FactKind.ROLE, "Tavi Rask", "Veloria")).isNotEmpty();
        assertThat(facts(x, FactKind.ROLE, "Tavi Rask", "Kastmir")).isEmpty();
    }

    @Test
    void extract_groupThatSpeaksIsAnOrganization() {
        Extraction x = run("The spokesman for Harat al-Nour, Samir Deeb, said the fighters had left the town of Ber Tala.");
        assertThat(x.mentions()).filteredOn(m -> m.text().equals("Harat al-Nour"))
                .allSatisfy(m -> assertThat(m.type()).isEqualTo(ActorType.ORGANIZATION));
    }

    @Test
    void extract_belongToGivesPartOfForEveryConjunct() {
        Extraction x = run("The Southern Watch Brigades and the Red Reed Battalions belong to the National Guard Council.");
        assertThat(has(x, FactKind.PART_OF, "Southern Watch Brigades", "National Guard Council")).isTrue();
        assertThat(has(x, FactKind.PART_OF, "Red Reed Battalions", "National Guard Council")).isTrue();
    }

    @Test
    void extract_conjoinedPassiveParticiplesShareTheAgent() {
        Extraction x = run("Everyone knows that the Amber Hill Movement is armed and funded by the Kastmir Desert Corps.");
        assertThat(has(x, FactKind.BACKS, "Kastmir Desert Corps", "Amber Hill Movement")).isTrue();
    }

    @Test
    void extract_supportForAHoldersGovernmentSupportsTheHolder() {
        Extraction x = run("The Green Dawn Party supports the government of Lena Vost, its leader said.");
        assertThat(has(x, FactKind.SUPPORTS, "Green Dawn Party", "Lena Vost")).isTrue();
    }

    @Test
    void extract_supportForAPolicyIsNoSupportForAnActor() {
        Extraction x = run("The Green Dawn Party supports the reform of the Harbour Authority.");
        assertThat(has(x, FactKind.SUPPORTS, "Green Dawn Party", "Harbour Authority")).isFalse();
    }

    @Test
    void extract_servedAsTitleWithYearRangeGivesStartAndEnd() {
        Extraction x = run("Mara Tesk worked as deputy governor of the Pellan Savings Bank from 2003 to 2009.");
        assertThat(facts(x, FactKind.ROLE, "Mara Tesk", "Pellan Savings Bank")).anySatisfy(f -> {
            assertThat(f.start()).isEqualTo("2003");
            assertThat(f.end()).isEqualTo("2009");
        });
    }

    @Test
    void extract_untilDateEndsThePost() {
        Extraction x = run("Colonel Ravi Denn was head of the Coastal Guard Brigades until 2019.");
        assertThat(facts(x, FactKind.ROLE, "Ravi Denn", "Coastal Guard Brigades"))
                .anySatisfy(f -> assertThat(f.end()).isEqualTo("2019"));
    }

    @Test
    void extract_memberOfPartyWithSince() {
        Extraction x = run("Ilse Marr is a member of the Green Dawn Party since 2011.");
        assertThat(facts(x, FactKind.MEMBER, "Ilse Marr", "Green Dawn Party"))
                .anySatisfy(f -> assertThat(f.start()).isEqualTo("2011"));
    }

    @Test
    void extract_bylineOfOrganizationIsMembership() {
        Extraction x = run("Toma Velk of the Brightwater Institute said the vote was fair.");
        assertThat(has(x, FactKind.MEMBER, "Toma Velk", "Brightwater Institute")).isTrue();
    }

    @Test
    void extract_predecessorInheritsTheStatePost() {
        Extraction x = run("The parliament of Veloria met in Port Selin on Monday. Prime Minister Oren Falk of Veloria spoke first. "
                + "Falk's predecessor, Ada Rhee, was absent.");
        assertThat(facts(x, FactKind.ROLE, "Ada Rhee", "Veloria"))
                .anySatisfy(f -> assertThat(f.role()).isEqualTo("prime minister"));
    }

    @Test
    void extract_itsMinisterBelongsToTheLastState() {
        Extraction x = run("Kastmir reacted angrily. The Harbour Authority declined to comment. "
                + "Later its interior minister, Pavel Osk, condemned the arrests.");
        assertThat(has(x, FactKind.ROLE, "Pavel Osk", "Harbour Authority")).isFalse();
    }

    @Test
    void extract_sentenceOpeningPronounContinuesPreviousSubject() {
        Extraction x = run("The Amber Hill Movement, which represents the Green Dawn Party in the assembly, condemned the raid. "
                + "Its leader, Sora Piet, called it a disgrace.");
        assertThat(has(x, FactKind.ROLE, "Sora Piet", "Amber Hill Movement")).isTrue();
        assertThat(has(x, FactKind.ROLE, "Sora Piet", "Green Dawn Party")).isFalse();
    }

    @Test
    void extract_reportedClaimCarriesItsSpeaker() {
        Extraction x = run("Mira Solt said that the Kastmir Desert Corps funds the Amber Hill Movement.");
        assertThat(facts(x, FactKind.BACKS, "Kastmir Desert Corps", "Amber Hill Movement"))
                .anySatisfy(f -> assertThat(f.attribution()).isEqualTo("Mira Solt"));
    }

    @Test
    void extract_speakersOwnTitleIsNotAttributedToHim() {
        Extraction x = run("\"We will stay,\" said Toma Velk, director of the Brightwater Institute.");
        assertThat(facts(x, FactKind.ROLE, "Toma Velk", "Brightwater Institute"))
                .anySatisfy(f -> assertThat(f.attribution()).isNull());
    }

    @Test
    void extract_threatIsOpposition() {
        Extraction x = run("The Amber Hill Movement threatened Lena Vost on Sunday.");
        assertThat(has(x, FactKind.OPPOSES, "Amber Hill Movement", "Lena Vost")).isTrue();
    }

    @Test
    void extract_rejectionIsAnEventWithItsDate() {
        Extraction x = run("The Harbour Authority rejected the accusations on 3 May 2021.");
        assertThat(x.events()).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo(EventType.REJECT);
            assertThat(e.date()).isEqualTo("2021-05-03");
        });
    }

    @Test
    void extract_releaseWithoutNamesFreesThoseArrestedBefore() {
        Extraction x = run("Police arrested members of the Amber Hill Movement on 2 May 2021. "
                + "Most of the detainees were released on 9 May 2021. The released men went home.");
        assertThat(x.events()).filteredOn(e -> e.type() == EventType.RETREAT).hasSize(1)
                .allSatisfy(e -> assertThat(e.participants()).anySatisfy(
                        p -> assertThat(x.mentions().get(p.mention()).text()).contains("Amber Hill Movement")));
    }

    @Test
    void extract_speakerIsNotTheSubjectOfAReportedClause() {
        Extraction x = run("Mira Solt said that her country supports the government of Lena Vost.");
        assertThat(has(x, FactKind.SUPPORTS, "Mira Solt", "Lena Vost")).isFalse();
    }
}
