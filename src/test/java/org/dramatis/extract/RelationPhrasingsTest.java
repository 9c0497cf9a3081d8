package org.dramatis.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dramatis.extract.RulesFixture.has;
import static org.dramatis.extract.RulesFixture.run;

import org.dramatis.model.FactKind;
import org.dramatis.nlp.StoredAnnotations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The many ways a text words a relation between actors (backing, alignment, nesting, association, representation,
 * birth), each family with a sentence where it must not fire. Invented sentences, as CoreNLP annotated them (stored).
 */
@ExtendWith(StoredAnnotations.class)
class RelationPhrasingsTest {
    @Test
    void backs_bankrolledAndArmedBy() {
        Extraction x = run("The Iron Lantern Brigade is bankrolled and armed by the Tessaly Guard Corps.");
        assertThat(has(x, FactKind.BACKS, "Tessaly Guard Corps", "Iron Lantern Brigade")).isTrue();
    }

    @Test
    void backs_receivesWeaponsAndMoneyFrom() {
        Extraction x = run("The Iron Lantern Brigade receives weapons and money from Veloria.");
        assertThat(has(x, FactKind.BACKS, "Veloria", "Iron Lantern Brigade")).isTrue();
    }

    @Test
    void backs_owesItsArsenalTo() {
        Extraction x = run("The Iron Lantern Brigade owes its arsenal to Veloria.");
        assertThat(has(x, FactKind.BACKS, "Veloria", "Iron Lantern Brigade")).isTrue();
    }

    @Test
    void backs_itsCashComesFromIsThePreviousSubjects() {
        Extraction x = run("The Iron Lantern Brigade attacked a convoy. Its rockets and much of its cash come from Veloria.");
        assertThat(has(x, FactKind.BACKS, "Veloria", "Iron Lantern Brigade")).isTrue();
    }

    @Test
    void backs_aProxyOfYIsBackedByY() {
        Extraction x = run("The Iron Lantern Brigade is a proxy of Veloria.");
        assertThat(has(x, FactKind.BACKS, "Veloria", "Iron Lantern Brigade")).isTrue();
    }

    @Test
    void backs_deniedReceivingMoneyIsNoBacking() {
        Extraction x = run("The Iron Lantern Brigade denied receiving money from Veloria.");
        assertThat(has(x, FactKind.BACKS, "Veloria", "Iron Lantern Brigade")).isFalse();
    }

    @Test
    void backs_receivingALetterIsNoBacking() {
        Extraction x = run("The Iron Lantern Brigade received a letter from Veloria.");
        assertThat(has(x, FactKind.BACKS, "Veloria", "Iron Lantern Brigade")).isFalse();
    }

    @Test
    void supports_alignedWith() {
        Extraction x = run("The Iron Lantern Brigade is aligned with the Green Dawn Party.");
        assertThat(has(x, FactKind.SUPPORTS, "Iron Lantern Brigade", "Green Dawn Party")).isTrue();
    }

    @Test
    void supports_oneOfTheBiggestSupportersOf() {
        Extraction x = run("Mira Solt is one of the biggest supporters of Oren Falk.");
        assertThat(has(x, FactKind.SUPPORTS, "Mira Solt", "Oren Falk")).isTrue();
    }

    @Test
    void supports_withTheBackingOf() {
        Extraction x = run("Oren Falk formed his cabinet with the backing of the Green Dawn Party.");
        assertThat(has(x, FactKind.SUPPORTS, "Green Dawn Party", "Oren Falk")).isTrue();
    }

    @Test
    void supports_standsBehind() {
        Extraction x = run("Veloria stands behind Oren Falk.");
        assertThat(has(x, FactKind.SUPPORTS, "Veloria", "Oren Falk")).isTrue();
    }

    @Test
    void partOf_oneOfTheFactionsUnderTheUmbrellaOf() {
        Extraction x = run("The Iron Lantern Brigade is one of the factions under the umbrella of the Northern Shield Front.");
        assertThat(has(x, FactKind.PART_OF, "Iron Lantern Brigade", "Northern Shield Front")).isTrue();
    }

    @Test
    void partOf_fallsUnderAndAffiliatedWith() {
        assertThat(has(run("The Iron Lantern Brigade falls under the Northern Shield Front."), FactKind.PART_OF,
                "Iron Lantern Brigade", "Northern Shield Front")).isTrue();
        assertThat(has(run("The Iron Lantern Brigade is affiliated with the Northern Shield Front."), FactKind.PART_OF,
                "Iron Lantern Brigade", "Northern Shield Front")).isTrue();
    }

    @Test
    void partOf_anotherYFaction() {
        Extraction x = run("The Iron Lantern Brigade, another Northern Shield Front faction, denied the rumours.");
        assertThat(has(x, FactKind.PART_OF, "Iron Lantern Brigade", "Northern Shield Front")).isTrue();
    }

    @Test
    void partOf_theArmOfTheArmyOfAState() {
        Extraction x = run("The Tessaly Guard Corps, the foreign arm of the army of Veloria, sent drones.");
        assertThat(has(x, FactKind.PART_OF, "Tessaly Guard Corps", "Veloria")).isTrue();
    }

    @Test
    void opposes_aRivalOfYIsMutual() {
        Extraction x = run("Mira Solt, a rival of Oren Falk, spoke on Monday.");
        assertThat(has(x, FactKind.OPPOSES, "Mira Solt", "Oren Falk")).isTrue();
        assertThat(has(x, FactKind.OPPOSES, "Oren Falk", "Mira Solt")).isTrue();
    }

    @Test
    void opposes_atOddsWithCriticOfClashedWith() {
        assertThat(has(run("Mira Solt is at odds with Oren Falk."), FactKind.OPPOSES, "Mira Solt", "Oren Falk")).isTrue();
        assertThat(has(run("Mira Solt, a fierce critic of Oren Falk, spoke on Monday."), FactKind.OPPOSES, "Mira Solt",
                "Oren Falk")).isTrue();
        assertThat(has(run("The Iron Lantern Brigade has clashed with the Green Dawn Party."), FactKind.OPPOSES,
                "Iron Lantern Brigade", "Green Dawn Party")).isTrue();
    }

    @Test
    void opposes_aWarBetweenOrWithIsMutual() {
        Extraction between = run("The war between the Iron Lantern Brigade and the Green Dawn Party broke out in April.");
        assertThat(has(between, FactKind.OPPOSES, "Iron Lantern Brigade", "Green Dawn Party")).isTrue();
        assertThat(has(between, FactKind.OPPOSES, "Green Dawn Party", "Iron Lantern Brigade")).isTrue();
        Extraction with = run("The Iron Lantern Brigade is at war with the Green Dawn Party.");
        assertThat(has(with, FactKind.OPPOSES, "Iron Lantern Brigade", "Green Dawn Party")).isTrue();
        assertThat(has(with, FactKind.OPPOSES, "Green Dawn Party", "Iron Lantern Brigade")).isTrue();
        // the trap: a war named by the two sides' talks is no war between the mediators
        Extraction talks = run("Mira Solt and Oren Falk discussed the war in the north.");
        assertThat(has(talks, FactKind.OPPOSES, "Mira Solt", "Oren Falk")).isFalse();
    }

    @Test
    void opposes_meetingTheRivalOfYIsNoRivalry() {
        Extraction x = run("Mira Solt met the rival of Oren Falk.");
        assertThat(has(x, FactKind.OPPOSES, "Mira Solt", "Oren Falk")).isFalse();
    }

    @Test
    void accuses_whomXHasAccusedOf() {
        Extraction x = run("Oren Falk, whom Mira Solt has accused of corruption, spoke on Monday.");
        assertThat(has(x, FactKind.ACCUSES, "Mira Solt", "Oren Falk")).isTrue();
    }

    @Test
    void associate_allyCompanionFriend() {
        assertThat(has(run("Oren Falk's ally Mira Solt spoke on Monday."), FactKind.ASSOCIATE, "Mira Solt", "Oren Falk")).isTrue();
        assertThat(has(run("Mira Solt found an ally in Oren Falk."), FactKind.ASSOCIATE, "Oren Falk", "Mira Solt")).isTrue();
        assertThat(has(run("Mira Solt became a close friend of Oren Falk."), FactKind.ASSOCIATE, "Mira Solt", "Oren Falk")).isTrue();
        assertThat(has(run("Mira Solt is one of Oren Falk's oldest companions."), FactKind.ASSOCIATE, "Mira Solt",
                "Oren Falk")).isTrue();
    }

    @Test
    void represents_politicalWingIsNoPartOf() {
        Extraction x = run("The Green Dawn Party, the political wing of the Iron Lantern Brigade, won 20 seats.");
        assertThat(has(x, FactKind.REPRESENTS, "Green Dawn Party", "Iron Lantern Brigade")).isTrue();
        assertThat(has(x, FactKind.PART_OF, "Green Dawn Party", "Iron Lantern Brigade")).isFalse();
    }

    @Test
    void represents_theBlocThatSpeaksForY() {
        Extraction x = run("The Green Dawn Party, the bloc that speaks for the Iron Lantern Brigade in parliament, won 20 seats.");
        assertThat(has(x, FactKind.REPRESENTS, "Green Dawn Party", "Iron Lantern Brigade")).isTrue();
    }

    @Test
    void represents_aPersonSpeakingForYIsNoRepresentation() {
        Extraction x = run("Mira Solt speaks for the Iron Lantern Brigade.");
        assertThat(has(x, FactKind.REPRESENTS, "Mira Solt", "Iron Lantern Brigade")).isFalse();
    }

    @Test
    void born_yearBeforePlaceAndFronted() {
        assertThat(has(run("Born in 1970 in Tarvel, Mira Solt studied law."), FactKind.BORN, "Mira Solt", "Tarvel")).isTrue();
        assertThat(has(run("Mira Solt, born in 1968 in the town of Tarvel, took command in 2020."), FactKind.BORN,
                "Mira Solt", "Tarvel")).isTrue();
        assertThat(has(run("Mira Solt was born in the port city of Tarvel in 1971."), FactKind.BORN, "Mira Solt", "Tarvel")).isTrue();
    }

    @Test
    void born_aNativeOfAPlace() {
        Extraction x = run("Mira Solt, a native of Tarvel, studied law.");
        assertThat(has(x, FactKind.BORN, "Mira Solt", "Tarvel")).isTrue();
    }

    @Test
    void extract_aBodyThatIncludesOthersHasThemAsParts() {
        Extraction x = run("The Ardent Front includes the Coastal Guard and the Northern Shield Brigade.");
        assertThat(has(x, FactKind.PART_OF, "Coastal Guard", "Ardent Front")).isTrue();
        assertThat(has(x, FactKind.PART_OF, "Northern Shield Brigade", "Ardent Front")).isTrue();
        assertThat(has(x, FactKind.PART_OF, "Ardent Front", "Coastal Guard")).isFalse();
    }

    @Test
    void extract_theStateBeforeABackedSuffixIsNamedWithoutIt() {
        Extraction x = run("Iran is watching. Last month the Nasr Brigades, the most powerful of the Iran-backed factions, "
                + "fired rockets at the base.");
        assertThat(has(x, FactKind.BACKS, "Iran", "Nasr Brigades")).isTrue();
        assertThat(x.mentions()).extracting(ActorMention::text).doesNotContain("Iran-backed");
    }

    @Test
    void extract_aCoalitionThatIncludesALongListHasEveryNamedBodyAsPart() {
        Extraction x = run("Since the vote, his rivals have gathered in the Unity Framework, a coalition of parties that "
                + "includes Morr's State of Justice, Falk's Fatah, Tallib's Asaib Ahl al-Salih, the Nour movement of "
                + "Ammar al-Dabbagh and Vost's Nasr coalition.");
        assertThat(has(x, FactKind.PART_OF, "Fatah", "Unity Framework")).isTrue();
        assertThat(has(x, FactKind.PART_OF, "Asaib Ahl al-Salih", "Unity Framework")).isTrue();
        assertThat(x.mentions()).filteredOn(m -> m.text().equals("Asaib Ahl al-Salih"))
                .allSatisfy(m -> assertThat(m.type()).isEqualTo(org.dramatis.model.ActorType.ORGANIZATION));
    }

    @Test
    void extract_religiousHonorificsAreNoPartOfTheName() {
        Extraction x = run("His father, Grand Ayatollah Mohammed Sadiq al-Tabari, built a following in the 1990s. "
                + "Sayyed Ilan al-Tabari spoke later.");
        assertThat(x.mentions()).extracting(ActorMention::text)
                .contains("Mohammed Sadiq al-Tabari", "Ilan al-Tabari")
                .noneMatch(t -> t.contains("Ayatollah") || t.contains("Sayyed"));
    }
    @Test
    void partOf_theMostPowerfulOfTheFactionsWithinY() {
        Extraction x = run("The Valour Forces (VF) met in Baghdad. The Iron Lantern Brigade, the most powerful of the"
                + " Veloria-backed factions within the VF, accused Oren Falk.");
        assertThat(has(x, FactKind.PART_OF, "Iron Lantern Brigade", "VF")).isTrue();
    }

    @Test
    void partOf_attackingOneOfTheFactionsIsNoNesting() {
        Extraction x = run("The Iron Lantern Brigade attacked one of the factions within the Valour Forces.");
        assertThat(has(x, FactKind.PART_OF, "Iron Lantern Brigade", "Valour Forces")).isFalse();
    }

    @Test
    void partOf_aForceOfAStatesCorpsNestsTwice() {
        Extraction x = run("The Storm Unit of Egypt's Republican Guard trained the fighters.");
        assertThat(has(x, FactKind.PART_OF, "Storm Unit", "Republican Guard")).isTrue();
        assertThat(has(x, FactKind.PART_OF, "Republican Guard", "Egypt")).isTrue();
        assertThat(has(x, FactKind.PART_OF, "Storm Unit", "Egypt")).isFalse();
    }

    @Test
    void partOf_formallyPartOfTheStatesForces() {
        Extraction x = run("Iraq held a vote. The Valour Forces are formally part of the state's security forces.");
        assertThat(has(x, FactKind.PART_OF, "Valour Forces", "Iraq")).isTrue();
    }

    @Test
    void partOf_becameAFormalPartOfTheDemonymArmedForces() {
        Extraction x = run("Created in 2014, the Valour Forces became a formal part of the Iraqi armed forces in 2016.");
        assertThat(has(x, FactKind.PART_OF, "Valour Forces", "Iraqi")).isTrue();
    }

    @Test
    void partOf_aBlocThatBroughtTogetherTwoParties() {
        Extraction x = run("The Green Dawn Party, which brought together the Dawn Front and the Unity Coalition, won the vote.");
        assertThat(has(x, FactKind.PART_OF, "Dawn Front", "Green Dawn Party")).isTrue();
        assertThat(has(x, FactKind.PART_OF, "Unity Coalition", "Green Dawn Party")).isTrue();
    }

    @Test
    void partOf_aStateBringingPartiesTogetherMediates() {
        Extraction x = run("Qatar brought together the Dawn Front and the Unity Coalition for talks.");
        assertThat(has(x, FactKind.PART_OF, "Dawn Front", "Qatar")).isFalse();
    }

    @Test
    void represents_thePoliticalFrontOfTheFactionsGroupedInY() {
        Extraction x = run("The Dawn Front won ten seats. It is the political front of the armed factions grouped in the Valour Forces.");
        assertThat(has(x, FactKind.REPRESENTS, "Dawn Front", "Valour Forces")).isTrue();
    }

    @Test
    void opposes_xAndYRivalsForInfluenceIsMutual() {
        Extraction x = run("India and Pakistan, rivals since 1947, both welcomed the vote.");
        assertThat(has(x, FactKind.OPPOSES, "India", "Pakistan")).isTrue();
        assertThat(has(x, FactKind.OPPOSES, "Pakistan", "India")).isTrue();
    }

    @Test
    void opposes_meetingTheRivalsOfYIsNoRivalry() {
        Extraction x = run("Oren Falk met the rivals of Mira Solt.");
        assertThat(has(x, FactKind.OPPOSES, "Oren Falk", "Mira Solt")).isFalse();
        assertThat(has(x, FactKind.OPPOSES, "Mira Solt", "Oren Falk")).isFalse();
    }

    @Test
    void designatedTerrorist_listedAfterALongApposition() {
        Extraction x = run("Canada has listed the Iron Lantern Brigade, the faction that Oren Falk led until his death,"
                + " as a terrorist organisation since 2009.");
        assertThat(has(x, FactKind.DESIGNATED_TERRORIST, "Canada", "Iron Lantern Brigade")).isTrue();
    }

    @Test
    void associate_hisBrother() {
        Extraction x = run("Its leader, Oren Falk, and his brother Tarek Falk were sanctioned by Canada.");
        assertThat(has(x, FactKind.ASSOCIATE, "Tarek Falk", "Oren Falk")).isTrue();
    }

    @Test
    void appointed_confidenceToAGovernmentLedByX() {
        Extraction x = run("The Council of Representatives gave its confidence to a government led by Oren Falk.");
        assertThat(has(x, FactKind.APPOINTED, "Council of Representatives", "Oren Falk")).isTrue();
    }

    @Test
    void extract_aStateWhichLikeOthersListsAGroup_andFightingIsOpposing() {
        Extraction x = run("Turkey, which like the United States and the European Union lists the Amber Hill Movement as "
                + "a terrorist organisation, has fought the group since 1984. Chile fought alongside the Amber Hill Movement.");
        assertThat(has(x, FactKind.DESIGNATED_TERRORIST, "Turkey", "Amber Hill Movement")).isTrue();
        assertThat(has(x, FactKind.DESIGNATED_TERRORIST, "United States", "Amber Hill Movement")).isTrue();
        assertThat(has(x, FactKind.DESIGNATED_TERRORIST, "European Union", "Amber Hill Movement")).isTrue();
        assertThat(has(x, FactKind.OPPOSES, "Turkey", "Amber Hill Movement")).isTrue();
        assertThat(has(x, FactKind.OPPOSES, "Chile", "Amber Hill Movement")).isFalse();
    }

    @Test
    void extract_anOpponentOfARegimeOpposesItsHolder_andFriendlyTermsAreAnAssociation() {
        Extraction x = run("Ilan Morr was a committed opponent of Pavel Osk's regime. He was also on friendly terms with "
                + "Sora Piet. Dana Roux wrote about the regime.");
        assertThat(has(x, FactKind.OPPOSES, "Ilan Morr", "Pavel Osk")).isTrue();
        assertThat(has(x, FactKind.ASSOCIATE, "Ilan Morr", "Sora Piet")).isTrue();
        assertThat(has(x, FactKind.OPPOSES, "Dana Roux", "Pavel Osk")).isFalse();
    }

    @Test
    void extract_theMostHardlineOfTheFactionsGroupedUnderY() {
        Extraction x = run("Officials said the man belonged to the Nasr Brigades, the most hardline of the factions grouped "
                + "under the Coastal Mobilization Forces. The Amber Hill Movement met the Coastal Mobilization Forces.");
        assertThat(has(x, FactKind.PART_OF, "Nasr Brigades", "Coastal Mobilization Forces")).isTrue();
        assertThat(has(x, FactKind.PART_OF, "Amber Hill Movement", "Coastal Mobilization Forces")).isFalse();
    }
}
