package org.dramatis.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dramatis.extract.RulesFixture.facts;
import static org.dramatis.extract.RulesFixture.has;
import static org.dramatis.extract.RulesFixture.run;

import org.dramatis.model.ActorType;
import org.dramatis.model.FactKind;
import org.dramatis.model.Modality;
import org.dramatis.nlp.StoredAnnotations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Posts, memberships and appointments, each with a sentence where the rule must not fire. Invented sentences, as
 * CoreNLP annotated them (stored).
 */
@ExtendWith(StoredAnnotations.class)
class PostRulesTest {
    @Test
    void extract_titleInsideTheSubjectOfADenialIsAsserted() {
        Extraction x = run("The Amber Hill Movement's leader, Sora Piet, denied the report.");
        assertThat(has(x, FactKind.ROLE, "Sora Piet", "Amber Hill Movement")).isTrue();
    }

    @Test
    void extract_postInsideADeniedClauseIsDenied() {
        Extraction x = run("Sora Piet denied that she leads the Amber Hill Movement.");
        assertThat(x.facts()).filteredOn(f -> f.kind() == FactKind.ROLE).isNotEmpty()
                .allSatisfy(f -> assertThat(f.modality()).isEqualTo(Modality.DENIED));
    }

    @Test
    void extract_clericNamedAfterHisTitleIsTheSpeaker() {
        Extraction x = run("Mira Solt spoke first. The cleric Ilan Morr, whose party won the vote, announced that he "
                + "supports Oren Falk.");
        assertThat(facts(x, FactKind.SUPPORTS, "Ilan Morr", "Oren Falk"))
                .anySatisfy(f -> assertThat(f.attribution()).isEqualTo("Ilan Morr"));
    }

    @Test
    void extract_titleOfTheRepublicBeforeANameIsThatPersonActing() {
        Extraction x = run("Lena Vost, who the President of the Republic Tomas Berg assigned on Sunday with forming the "
                + "new government, is a banker.");
        assertThat(has(x, FactKind.APPOINTED, "Tomas Berg", "Lena Vost")).isTrue();
    }

    @Test
    void extract_relativePronounWithoutParsedRoleIsTheSubject() {
        Extraction x = run("Prime Minister Oren Falk, who appointed Lena Vost in May 2020, flew to Port Selin on Friday "
                + "morning, visited the wounded in hospital and inspected the site.");
        assertThat(facts(x, FactKind.APPOINTED, "Oren Falk", "Lena Vost"))
                .anySatisfy(f -> assertThat(f.start()).isEqualTo("2020-05"));
    }

    @Test
    void extract_appointedAsTitleOfYGivesThePostInY() {
        Extraction x = run("Prime Minister Oren Falk on Sunday appointed General Ravi Denn, until now the army's chief of "
                + "staff, as chief of staff of the Coastal Guard Brigades.");
        assertThat(facts(x, FactKind.ROLE, "Ravi Denn", "Coastal Guard Brigades")).anySatisfy(f -> {
            assertThat(f.role()).isEqualTo("chief of staff");
            assertThat(f.start()).isEqualTo("2022-09-11");
        });
        assertThat(has(x, FactKind.ROLE, "Oren Falk", "Coastal Guard Brigades")).isFalse();
    }

    @Test
    void extract_counterpartQualifiedByACountryHoldsThePostThere() {
        Extraction x = run("Kastmir sent a delegation. Sadek Orr met his Kastmiri counterpart, the foreign minister Ilan Morr, on Monday.");
        assertThat(facts(x, FactKind.ROLE, "Ilan Morr", "Kastmir")).anySatisfy(f -> assertThat(f.role()).isEqualTo("minister of foreign affairs"));
    }

    @Test
    void extract_amongAPartysWinnersIsAMember() {
        Extraction x = run("The Green Dawn Party won nine seats. Among its winners was Minister of Fisheries Karim Haddi.");
        assertThat(has(x, FactKind.MEMBER, "Karim Haddi", "Green Dawn Party")).isTrue();
    }

    @Test
    void extract_amongTheGuestsIsNoMember() {
        Extraction x = run("The Green Dawn Party won nine seats. Among the guests was Karim Haddi.");
        assertThat(x.facts()).noneMatch(f -> f.kind() == FactKind.MEMBER);
    }

    @Test
    void extract_titleOwnedByACommonNounTakesItIntoThePost() {
        Extraction x = run("The army's chief of staff, General Ravi Denn, stayed home.");
        assertThat(facts(x, FactKind.ROLE, "Ravi Denn", null)).anySatisfy(f -> assertThat(f.role()).isEqualTo("army chief of staff"));
    }

    @Test
    void extract_leadingTheOperationsOfYIsAPostInY() {
        Extraction x = run("Ilan Morr, who leads the external operations of the Kastmir Desert Corps since 2019, arrived on Monday.");
        assertThat(facts(x, FactKind.ROLE, "Ilan Morr", "Kastmir Desert Corps")).anySatisfy(f -> {
            assertThat(f.role()).isEqualTo("leader of external operations");
            assertThat(f.start()).isEqualTo("2019");
        });
    }

    @Test
    void extract_chairingAMeetingOfYIsNoPost() {
        Extraction x = run("Prime Minister Oren Falk chaired an emergency meeting of the Harbour Authority on Monday.");
        assertThat(has(x, FactKind.ROLE, "Oren Falk", "Harbour Authority")).isFalse();
    }

    @Test
    void extract_nameHungOnTheBodyOfTheTitlesOfPhraseHoldsThePost() {
        Extraction x = run("The envoy brought a delegation which includes the commander of the external operations of the "
                + "Kastmir Desert Corps, the general Ilan Morr.");
        assertThat(facts(x, FactKind.ROLE, "Ilan Morr", "Kastmir Desert Corps"))
                .anySatisfy(f -> assertThat(f.role()).isEqualTo("commander of external operations"));
    }

    @Test
    void extract_titleOfAnotherBodyInTheOfPhraseIsNotTheName() {
        Extraction x = run("Sadek Orr met the chairman of the Harbour Authority, Lena Vost, and the secretary-general of "
                + "the Amber Hill Movement, Ilan Morr, in the evening.");
        assertThat(facts(x, FactKind.ROLE, "Ilan Morr", null)).allSatisfy(f -> assertThat(f.role()).isNotEqualTo("chair"));
        assertThat(has(x, FactKind.ROLE, "Ilan Morr", "Amber Hill Movement")).isTrue();
    }

    @Test
    void extract_reporterForANamedChannelWorksForItsOwner() {
        Extraction x = run("Police detained Karim Haddi, a reporter for the Harbour Voice television channel, on Saturday.");
        assertThat(facts(x, FactKind.ROLE, "Karim Haddi", "Harbour Voice")).anySatisfy(f -> assertThat(f.role()).isEqualTo("reporter"));
    }

    @Test
    void extract_formerBeforeAQualifiedTitleMakesItFormer() {
        Extraction x = run("Toma Velk, 54, a former police general from Port Selin, spoke on Monday.");
        assertThat(facts(x, FactKind.ROLE, "Toma Velk", null)).isNotEmpty()
                .allSatisfy(f -> assertThat(f.value()).startsWith("former"));
    }

    @Test
    void extract_theInteriorMinisterIsTheHolderOfThatPost() {
        Extraction x = run("Interior Minister Lisbet Varn spoke on Monday. Ilse Marr called for the resignation of the interior minister.");
        assertThat(has(x, FactKind.OPPOSES, "Ilse Marr", "Lisbet Varn")).isTrue();
    }

    @Test
    void extract_theInteriorMinisterIsNotTheMainPersonWithAnotherPost() {
        Extraction x = run("Foreign Minister Oskar Lind of Teravia arrived on Monday. Lind said the government would act. "
                + "Ilse Marr called for the resignation of the interior minister.");
        assertThat(has(x, FactKind.OPPOSES, "Ilse Marr", "Lind")).isFalse();
    }

    @Test
    void extract_hisDeputyLeavesHimAPerson() {
        Extraction x = run("Tomas Reyvik spoke on Monday. His deputy, Ansel Mork, said the arrest was unjust.");
        assertThat(x.mentions()).filteredOn(m -> m.text().equals("Tomas Reyvik"))
                .allSatisfy(m -> assertThat(m.type()).isEqualTo(ActorType.PERSON));
    }

    @Test
    void extract_titleOfStateCommaNameAfterADateline() {
        Extraction x = run("Port Arven, 20 April 2023 - The foreign minister of Teravia, Oskar Lind, arrived on Wednesday in Port Arven.");
        assertThat(facts(x, FactKind.ROLE, "Oskar Lind", "Teravia")).anySatisfy(f -> assertThat(f.role()).isEqualTo("minister of foreign affairs"));
    }
    @Test
    void extract_theMovementsOfficialBelongsToTheMovementNamedSentencesBefore() {
        Extraction x = run("The Karvan Liberation Movement lost two fighters near Tolmer on Monday. Police later detained "
                + "four men at a farm. Three rockets hit the airport road. Officials counted the damage on Tuesday. "
                + "The spokesman of the movement, Rami Dawud, said the fighters would keep their weapons. The "
                + "movement's secretary-general, Omar Tallib, called the raid illegal.");
        assertThat(facts(x, FactKind.ROLE, "Rami Dawud", "Karvan Liberation Movement"))
                .anySatisfy(f -> assertThat(f.role()).isEqualTo("spokesman"));
        assertThat(facts(x, FactKind.ROLE, "Omar Tallib", "Karvan Liberation Movement"))
                .anySatisfy(f -> assertThat(f.role()).isEqualTo("secretary-general"));
    }

    @Test
    void extract_theMovementNamesNoOrganizationWhoseNameEndsOtherwise() {
        Extraction x = run("The Karvan Liberation Front lost two fighters near Tolmer on Monday. Police later detained "
                + "four men at a farm. Three rockets hit the airport road. Officials counted the damage on Tuesday. "
                + "The spokesman of the movement, Rami Dawud, said the fighters would keep their weapons.");
        assertThat(has(x, FactKind.ROLE, "Rami Dawud", "Karvan Liberation Front")).isFalse();
    }

    @Test
    void extract_governorOfAProvinceHoldsThePostOfThePlaceNamingIt() {
        Extraction x = run("Sami Zaki, a former governor of Ras Tolmer province, later resigned.");
        assertThat(facts(x, FactKind.ROLE, "Sami Zaki", "Ras Tolmer")).anySatisfy(f -> {
            assertThat(f.role()).isEqualTo("governor");
            assertThat(f.value()).contains("former");
        });
        assertThat(x.mentions()).filteredOn(m -> m.text().equals("Ras Tolmer"))
                .allSatisfy(m -> assertThat(m.type()).isEqualTo(ActorType.LOCATION));
    }

    @Test
    void extract_directorOfRegionalStudiesIsNoPostOfTheRegion() {
        Extraction x = run("Anna Pell, director of Middle East studies at the Harwick Institute, disagreed.");
        assertThat(has(x, FactKind.ROLE, "Anna Pell", "Middle East")).isFalse();
    }
    @Test
    void extract_headedTheBodySinceAYearAfterAnAgeApposition() {
        Extraction x = run("Oren Falk, 53, has headed the Velorian National Intelligence Service since 2016.");
        assertThat(facts(x, FactKind.ROLE, "Oren Falk", "Velorian National Intelligence Service"))
                .anySatisfy(f -> assertThat(f.start()).isEqualTo("2016"));
    }

    @Test
    void extract_whoBecomesATitleHoldsIt() {
        Extraction x = run("Veloria's parliament met on Thursday. Among the ministers confirmed was Lena Vost, an "
                + "economist who becomes finance minister.");
        assertThat(facts(x, FactKind.ROLE, "Lena Vost", "Veloria"))
                .anySatisfy(f -> assertThat(f.role()).isEqualTo("minister of finance"));
    }

    @Test
    void extract_confirmedAsATitleHoldsIt_butNotConfirmingAReport() {
        Extraction x = run("Veloria's parliament met on Thursday. Mira Solt was confirmed as minister of defence. "
                + "Tomas Berg confirmed the report as defence ministry spokesman Ilan Morr watched.");
        assertThat(facts(x, FactKind.ROLE, "Mira Solt", "Veloria"))
                .anySatisfy(f -> assertThat(f.role()).isEqualTo("minister of defence"));
        assertThat(has(x, FactKind.ROLE, "Tomas Berg", null)).isFalse();
    }
    @Test
    void extract_theBodysChiefOfStaffBelongsToTheBody_evenWhereNerMissedItsAcronym() {
        Extraction x = run("The People's Defence Forces (PDF) met on Monday. Abu Karrar, the PDF's chief of staff, spoke "
                + "first. A drone later killed the PDF's deputy chief, Ravi Denn.");
        assertThat(facts(x, FactKind.ROLE, "Abu Karrar", "PDF")).anySatisfy(f -> assertThat(f.role()).isEqualTo("chief of staff"));
        assertThat(facts(x, FactKind.ROLE, "Ravi Denn", "PDF")).anySatisfy(f -> assertThat(f.role()).isEqualTo("deputy chief"));
    }

    @Test
    void extract_theOneLedByX_andTheGroupInBracketsWhichIsLedByX() {
        Extraction x = run("Tomas Berg comes from the Ardent Organization, the oldest of the factions and the one led by "
                + "Oren Falk. The front includes the Leagues of the Righteous (Asaib Ahl al-Salih) which is led by the "
                + "Sheikh Ilan Morr.");
        assertThat(has(x, FactKind.ROLE, "Oren Falk", "Ardent Organization")).isTrue();
        assertThat(has(x, FactKind.ROLE, "Ilan Morr", "Asaib Ahl al-Salih")).isTrue();
        assertThat(has(x, FactKind.ROLE, "Tomas Berg", null)).isFalse();
    }

    @Test
    void extract_aBodyBeforeATitleOrOwnedByANamedPersonIsLedByThem_notByAPronounsOwner() {
        Extraction x = run("Kastmir Democratic Party leader Mira Solt and Oren Falk's Fatah Alliance both lost seats. "
                + "Ilan Morr said his Unity List would sit in opposition.");
        assertThat(facts(x, FactKind.ROLE, "Mira Solt", "Kastmir Democratic Party"))
                .anySatisfy(f -> assertThat(f.role()).isEqualTo("leader"));
        assertThat(facts(x, FactKind.ROLE, "Oren Falk", "Fatah Alliance"))
                .anySatisfy(f -> assertThat(f.role()).isEqualTo("leader"));
        assertThat(has(x, FactKind.ROLE, "Ilan Morr", "Unity List")).isFalse();
    }

    @Test
    void extract_aStatesBodyOwnedByANamedPersonIsNotLedByThem() {
        Extraction x = run("Oren Falk's foreign ministry called the strike a crime, and Oren Falk's Interior Ministry"
                + " closed the border.");
        assertThat(has(x, FactKind.ROLE, "Oren Falk", "foreign ministry")).isFalse();
        assertThat(has(x, FactKind.ROLE, "Oren Falk", "Interior Ministry")).isFalse();
    }

    @Test
    void extract_aLowercaseStateBodyIsAnActorAndPartOfTheStateThatOwnsIt() {
        Extraction x = run("Libya's foreign ministry summoned the envoy, and the judiciary opened a case.");
        assertThat(x.mentions()).extracting(m -> m.text()).contains("foreign ministry", "judiciary");
        assertThat(has(x, FactKind.PART_OF, "foreign ministry", "Libya")).isTrue();
    }

    @Test
    void extract_chairingASessionOfTheCouncilIsNoPostInIt() {
        Extraction x = run("Speaker Ana Ruiz chaired the session of the Council of Representatives.");
        assertThat(facts(x, FactKind.ROLE, "Ana Ruiz", "Council of Representatives"))
                .noneSatisfy(f -> assertThat(f.role()).contains("session"));
    }

    @Test
    void extract_aPatriarchOfAChurch() {
        Extraction x = run("The visit was urged by Cardinal Lenz Sako, the patriarch of the Chaldean Catholic Church.");
        assertThat(facts(x, FactKind.ROLE, "Lenz Sako", "Chaldean Catholic Church"))
                .anySatisfy(f -> assertThat(f.role()).isEqualTo("patriarch"));
    }

    @Test
    void extract_aNameWithAnAcronymOrCalledAnotherFactionIsABody_butAnExpertOnFactionsIsAPerson() {
        Extraction x = run("Asaib Ahl al-Salih (AAS), another of the factions, was added to the list. Its leader, Qais "
                + "al-Morri, said nothing. Then Hisham al-Talibi, a leading expert on the state and on the armed "
                + "factions, was shot dead.");
        assertThat(x.mentions()).filteredOn(m -> m.text().equals("Asaib Ahl al-Salih"))
                .allSatisfy(m -> assertThat(m.type()).isEqualTo(ActorType.ORGANIZATION));
        assertThat(has(x, FactKind.ROLE, "Qais al-Morri", "Asaib Ahl al-Salih")).isTrue();
        assertThat(x.mentions()).filteredOn(m -> m.text().equals("Hisham al-Talibi"))
                .allSatisfy(m -> assertThat(m.type()).isEqualTo(ActorType.PERSON));
    }

    @Test
    void extract_aPortfolioBeforeMinisterNamesTheMinistry_butAnAcronymBeforeATitleIsNoPortfolio() {
        Extraction x = run("Veloria's parliament met. The first, former communications minister Tomas Berg, gave up in "
                + "March. Laith Morr, a senior AAS commander, was arrested.");
        assertThat(facts(x, FactKind.ROLE, "Tomas Berg", null))
                .anySatisfy(f -> assertThat(f.role()).isEqualTo("minister of communications"));
        assertThat(facts(x, FactKind.ROLE, "Laith Morr", null)).noneSatisfy(f -> assertThat(f.role()).contains("aas"));
    }

    @Test
    void extract_aPartyNamedWithALowercaseNounIsABodyLedByThePersonOfIt() {
        Extraction x = run("The vote was carried by the Bina bloc, which joined Hadi al-Amiri's Fatah alliance and the "
                + "State of Law coalition of former prime minister Nouri al-Maliki. It came far ahead of the Azm "
                + "alliance of Khamis al-Khanjar, a businessman. Opposition party leaders said little.");
        assertThat(x.mentions()).extracting(ActorMention::text)
                .contains("Bina bloc", "Fatah alliance", "State of Law coalition", "Azm alliance")
                .doesNotContain("Opposition party");
        assertThat(has(x, FactKind.ROLE, "Nouri al-Maliki", "State of Law coalition")).isTrue();
        assertThat(has(x, FactKind.ROLE, "Khamis al-Khanjar", "Azm alliance")).isTrue();
    }

    @Test
    void extract_aRoleVerbGivesThePostInEveryBodyJoinedToItsObject_andAFounderLeads() {
        Extraction x = run("BAGHDAD, May 3 (Wire) - The enmity between Sadri and Dorran, who still leads both the Union of"
                + " Law coalition and the Renewal Party, dates from 2008. Ilan Morr had founded Kataib al-Nour in 2007.");
        assertThat(facts(x, FactKind.ROLE, "Dorran", "Union of Law coalition")).isNotEmpty();
        assertThat(facts(x, FactKind.ROLE, "Dorran", "Renewal Party")).anySatisfy(f -> assertThat(f.role()).isEqualTo("leader"));
        assertThat(facts(x, FactKind.ROLE, "Ilan Morr", "Kataib al-Nour")).anySatisfy(f -> assertThat(f.role()).isEqualTo("leader"));
        assertThat(facts(x, FactKind.ROLE, "Sadri", null)).isEmpty();
    }

    @Test
    void extract_aReportFiledFromAStatesCapitalGivesItsUntitledOfficialsThatState() {
        // Wires name their home state's officials outright ("Iraqi Prime Minister"), which alone would make Iraq foreign.
        Extraction x = run("BAGHDAD, May 3 (Wire) - Iraqi Prime Minister Omar Haddad met President Tom Reyes at the White"
                + " House on Monday. Iraqi officials said Iraq wanted U.S. investment, and U.S. firms signed deals with"
                + " Iraqi ministries. Oil Minister Sami Dar signed for his ministry.");
        assertThat(facts(x, FactKind.ROLE, "Sami Dar", null)).isNotEmpty()
                .allSatisfy(f -> assertThat(x.mentions().get(f.object()).text()).isEqualTo("Iraq"));
    }

    @Test
    void extract_aPostOnlyOneStateHasIsHeldThere_notInTheHomeState() {
        Extraction x = run("BAGHDAD, May 3 (Wire) - Iraq and Iraqi parties debated the U.S. troop presence on Monday. Iraq"
                + " wants investment. Secretary of State Tom Reyes met Foreign Minister Sami Dar in Baghdad.");
        assertThat(facts(x, FactKind.ROLE, "Tom Reyes", null)).isNotEmpty()
                .allSatisfy(f -> assertThat(x.mentions().get(f.object()).text()).isEqualTo("U.S."));
        assertThat(facts(x, FactKind.ROLE, "Sami Dar", null)).isNotEmpty()
                .allSatisfy(f -> assertThat(x.mentions().get(f.object()).text()).isEqualTo("Iraq"));
    }

    @Test
    void extract_untaggedNameInATitlesOfPhraseIsTheBody() {
        Extraction x = run("Dara Velm, the security chief in the Apparatus of Counter-Terrorism, was moved on Friday.");
        assertThat(facts(x, FactKind.ROLE, "Dara Velm", "Apparatus of Counter-Terrorism"))
                .anySatisfy(f -> assertThat(f.role()).isEqualTo("security chief"));
    }

    @Test
    void extract_untaggedNameBeforeALowercaseTitleIsTheBody() {
        Extraction x = run("Dara Velm, a Badr commander since the 1980s, spoke to reporters on Friday.");
        assertThat(has(x, FactKind.ROLE, "Dara Velm", "Badr")).isTrue();
    }

    @Test
    void extract_capitalizedTitlesOfPhraseIsAPortfolioNotABody() {
        Extraction x = run("Chief of Staff Karim Velm left the room on Friday.");
        assertThat(x.mentions()).extracting(ActorMention::text).doesNotContain("Staff");
    }

    @Test
    void extract_aNameWhoseMembersTheTextCountsIsABodyNotAnAntecedent() {
        Extraction x = run("Omar Telli joined the Islamic Dawa Party in 1967. Like many Dawa members he could not safely "
                + "return while the Baath party ruled. He came back after the invasion and served as minister of "
                + "communications in 2003.");
        assertThat(x.mentions()).filteredOn(m -> m.text().equals("Dawa")).isNotEmpty()
                .allSatisfy(m -> assertThat(m.type()).isEqualTo(ActorType.ORGANIZATION));
        assertThat(x.facts()).filteredOn(f -> f.kind() == FactKind.ROLE).isNotEmpty()
                .allSatisfy(f -> assertThat(x.mentions().get(f.subject()).text()).isEqualTo("Omar Telli"));
    }

    @Test
    void extract_aWordForWordTranslatedPrimeMinistersTitleIsPrimeMinister() {
        Extraction x = run("And said the Prime of the Ministers of Veloria, Kamal Idrissi, that the budget will pass.");
        assertThat(facts(x, FactKind.ROLE, "Kamal Idrissi", "Veloria"))
                .anySatisfy(f -> assertThat(f.role()).isEqualTo("prime minister"));
    }

    @Test
    void extract_aMinistersPortfolioTakenForAGroupIsThePostNotItsBody() {
        Extraction x = run("Kenya signed the pact on Monday. And said the Minister of Defence, His Excellency Kamal "
                + "Idrissi, in a statement that the town was freed. The Minister of Internal Security, Omar Telli, "
                + "travelled to the port.");
        assertThat(facts(x, FactKind.ROLE, "Kamal Idrissi", "Kenya"))
                .anySatisfy(f -> assertThat(f.role()).isEqualTo("minister of defence"));
        assertThat(facts(x, FactKind.ROLE, "Omar Telli", "Kenya"))
                .anySatisfy(f -> assertThat(f.role()).isEqualTo("minister of internal security"));
        assertThat(x.facts()).filteredOn(f -> f.kind() == FactKind.ROLE && f.object() >= 0)
                .noneSatisfy(f -> assertThat(x.mentions().get(f.object()).text()).isIn("Defence", "Internal Security"));
        Extraction of = run("The Minister of Foreign Affairs of Kenya, Kamal Idrissi, arrived on Tuesday in the capital "
                + "Nairobi.");
        assertThat(facts(of, FactKind.ROLE, "Kamal Idrissi", "Kenya"))
                .anySatisfy(f -> assertThat(f.role()).isEqualTo("minister of foreign affairs"));
    }

    @Test
    void extract_aPostInAnInstitutionIsNoMembershipButOneInAPartyIs() {
        Extraction x = run("Omar Telli, a spokesman for the Interior Ministry, denied the report. Sora Piet, a spokesman "
                + "for the Green Dawn Party, confirmed it.");
        assertThat(has(x, FactKind.ROLE, "Omar Telli", "Interior Ministry")).isTrue();
        assertThat(has(x, FactKind.MEMBER, "Omar Telli", "Interior Ministry")).isFalse();
        assertThat(has(x, FactKind.MEMBER, "Sora Piet", "Green Dawn Party")).isTrue();
    }

    @Test
    void extract_aRegionNamedBeforeItsPresidentsTitleIsThePostsBody() {
        Extraction x = run("Kenya held talks on Monday. Puntland President Kamal Idrissi has called for a ceasefire.");
        assertThat(facts(x, FactKind.ROLE, "Kamal Idrissi", "Puntland"))
                .anySatisfy(f -> assertThat(f.role()).isEqualTo("president"));
        // the trap: a dateline's city the parser hangs on the title is no body
        Extraction dateline = run("NAIROBI, June 15 (Wire) - President Kamal Idrissi on Wednesday named Omar Telli as his "
                + "envoy.");
        assertThat(has(dateline, FactKind.ROLE, "Kamal Idrissi", "NAIROBI")).isFalse();
    }

    @Test
    void extract_aPersonsDeputyIsTheDeputyOfThatPersonsPost() {
        Extraction x = run("Harbour Brigade commander Oren Falk was killed in a drone strike on Friday. Within hours the "
                + "council named Falk's deputy, Sora Piet, to replace him.");
        assertThat(facts(x, FactKind.ROLE, "Sora Piet", "Harbour Brigade"))
                .anySatisfy(f -> assertThat(f.role()).isEqualTo("deputy commander"));
        assertThat(x.facts()).filteredOn(f -> f.kind() == FactKind.ROLE && f.object() >= 0)
                .noneSatisfy(f -> assertThat(x.mentions().get(f.object()).type()).isEqualTo(ActorType.PERSON));
    }
}
