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
    void extract_aHeadOfStateMetWhereOneTravelledBelongsToTheHostState() {
        Extraction x = run("Iraq's prime minister Oren Falk faces Iraq's parliament next week, and Iraq's budget is late. "
                + "In July he flew to Tehran, where he met President Hassan Rouhani. Iran wants a deal.");
        assertThat(facts(x, FactKind.ROLE, "Hassan Rouhani", "Iran"))
                .anySatisfy(f -> assertThat(f.role()).isEqualTo("president"));
        assertThat(has(x, FactKind.ROLE, "Hassan Rouhani", "Iraq")).isFalse();
    }

    @Test
    void extract_aSpeakerOrLawmakerWithNoBodyNamedSitsInTheDocumentsLegislature() {
        Extraction x = run("Members of the Council of Representatives met on Monday. Speaker Ana Ruiz chaired the session. "
                + "Jamal Tork, a lawmaker, withdrew.");
        assertThat(facts(x, FactKind.ROLE, "Ana Ruiz", "Council of Representatives"))
                .anySatisfy(f -> assertThat(f.role()).isEqualTo("speaker"));
        assertThat(facts(x, FactKind.ROLE, "Jamal Tork", "Council of Representatives"))
                .anySatisfy(f -> assertThat(f.role()).isEqualTo("member of parliament"));
        Extraction none = run("Speaker Ana Ruiz chaired the session of the Ardent Front.");
        assertThat(facts(none, FactKind.ROLE, "Ana Ruiz", null))
                .noneMatch(f -> f.role().equals("speaker") && f.object() >= 0);
    }

    @Test
    void extract_spokesmanForABodyAfterACommaWithoutArticle_andWhosePostsAfterAName() {
        Extraction x = run("According to Major General Tahsin al-Mardi, spokesman for the Joint Operations Command, the "
                + "first attacker shouted that he felt ill. Meanwhile NATO, whose secretary-general, Jens Lund, said in "
                + "February that its mission would grow, is expected to do more.");
        assertThat(facts(x, FactKind.ROLE, "Tahsin al-Mardi", "Joint Operations Command"))
                .anySatisfy(f -> assertThat(f.role()).isEqualTo("spokesman"));
        assertThat(facts(x, FactKind.ROLE, "Jens Lund", "NATO"))
                .anySatisfy(f -> assertThat(f.role()).isEqualTo("secretary-general"));
    }

    @Test
    void extract_presidentOfTheRepublicIsTheHomeStatesPresident() {
        Extraction x = run("Iraq's parliament met. Iraq needs a budget, and Iraq's ministers agree. And received the "
                + "President of the Republic Barham Saleh the envoy.");
        assertThat(facts(x, FactKind.ROLE, "Barham Saleh", "Iraq")).anySatisfy(f -> assertThat(f.role()).isEqualTo("president"));
        assertThat(x.mentions()).extracting(ActorMention::text).doesNotContain("Republic");
    }

    @Test
    void extract_theRegionsPresidentIsThePresidentOfTheRegionNamedBefore() {
        Extraction x = run("On Sunday the pope flew to Erbil, capital of the Kurdistan Region, where he was welcomed by "
                + "the region's president, Nechirvan Barzani.");
        assertThat(facts(x, FactKind.ROLE, "Nechirvan Barzani", "Kurdistan Region"))
                .anySatisfy(f -> assertThat(f.role()).isEqualTo("president"));
    }

    @Test
    void extract_aTitleOwningAnotherNounIsNobodysPost() {
        Extraction x = run("Kastmir's parliament met. Kastmir needs a budget. The Green Dawn Party, the party led by "
                + "Ilan Morr, the prime minister's father, walked out.");
        assertThat(facts(x, FactKind.ROLE, "Ilan Morr", null)).noneSatisfy(f -> assertThat(f.role()).isEqualTo("prime minister"));
        assertThat(facts(x, FactKind.ROLE, "Ilan Morr", "Green Dawn Party")).anySatisfy(f -> assertThat(f.role()).isEqualTo("leader"));
    }

    @Test
    void extract_aMinistrysMinisterHoldsTheStatePortfolio_andTheBankIsTheBankNamedBefore() {
        Extraction x = run("Kastmir's parliament met. Kastmir needs a budget. The case embarrasses the Interior Ministry. "
                + "Its minister, Ilan Morr, a former chief of staff of the army, took office in May. The Central Bank of "
                + "Kastmir raised its rates. The bank's governor, Sora Piet, spoke on Monday. Pavel Osk ran the finance "
                + "ministry in 2005.");
        assertThat(facts(x, FactKind.ROLE, "Ilan Morr", "Kastmir")).extracting(FactClaim::role)
                .contains("minister of interior", "army chief of staff");
        assertThat(facts(x, FactKind.ROLE, "Sora Piet", "Central Bank of Kastmir")).anySatisfy(f -> assertThat(f.role()).isEqualTo("governor"));
        assertThat(facts(x, FactKind.ROLE, "Pavel Osk", "Interior Ministry")).isEmpty();
    }

    @Test
    void extract_titlesJoinedByAndGoToOneName_andItsAfterTheStateOfAnOfPhrase() {
        Extraction x = run("Kastmir hosted the summit, and Kastmir's ministers attended. And participated His Highness "
                + "Sheikh Ilan Morr, the Vice President of the State of Norvania and its Prime Minister and Ruler of Vessa.");
        assertThat(facts(x, FactKind.ROLE, "Ilan Morr", "Norvania")).extracting(FactClaim::role)
                .contains("deputy president", "prime minister"); // "vice" is written "deputy" (post-qualifiers.tsv)
        assertThat(facts(x, FactKind.ROLE, "Ilan Morr", "Kastmir")).isEmpty();
    }

    @Test
    void extract_theDestinationNamedLastBeforeATitleHostsIt() {
        Extraction x = run("Kastmir's ministers met, and Kastmir's parliament agreed. Talks with Chile and Oman went on. "
                + "His first trip was the visit to Chile in July, and later the visit which was planned to Oman was "
                + "put off when King Ilan Morr fell ill.");
        assertThat(facts(x, FactKind.ROLE, "Ilan Morr", "Oman")).anySatisfy(f -> assertThat(f.role()).isEqualTo("king"));
        assertThat(facts(x, FactKind.ROLE, "Ilan Morr", "Chile")).isEmpty();
    }

    @Test
    void extract_aFormOfAddressBetweenATitlesOfPhraseAndTheName() {
        Extraction x = run("And represented the Kingdom of Norvania the Minister of the Foreign Affairs the Sayyed Ilan Morr.");
        assertThat(facts(x, FactKind.ROLE, "Ilan Morr", "Norvania"))
                .anySatisfy(f -> assertThat(f.role()).isEqualTo("minister of foreign affairs"));
    }

    @Test
    void extract_wentOnToServeAs_andAFormOfAddressAfterTheBodysComma() {
        Extraction x = run("Kastmir's ministers met, and Kastmir's parliament agreed. Ilan Morr, a former exile, led the "
                + "Green Dawn Party and went on to serve as interim prime minister until 2005. And participated the Emir "
                + "of the State of Qatar, Sheikh Sora Piet.");
        assertThat(facts(x, FactKind.ROLE, "Ilan Morr", "Kastmir")).anySatisfy(f -> {
            assertThat(f.role()).isEqualTo("prime minister");
            assertThat(f.end()).isEqualTo("2005");
        });
        assertThat(facts(x, FactKind.ROLE, "Sora Piet", "Qatar")).anySatisfy(f -> assertThat(f.role()).isEqualTo("emir"));
    }

    @Test
    void extract_aCapitalizedGerundBelongsToABodysName_andTheGuideOfTheRevolutionIsTheSupremeLeader() {
        Extraction x = run("In 2003 Ilan Morr sat on the Kastmiri Governing Council. In Vessa he met the Guide of the "
                + "Revolution Sayyed Sora Piet.");
        assertThat(x.mentions()).extracting(ActorMention::text).contains("Kastmiri Governing Council");
        assertThat(facts(x, FactKind.ROLE, "Sora Piet", null)).anySatisfy(f -> assertThat(f.role()).isEqualTo("supreme leader"));
    }

    @Test
    void extract_bodiesNamedAfterACountrySpeakOfItForTheHomeState() {
        Extraction x = run("Chile and Peru talked on Monday. The Chilean Intelligence Service briefed the Chilean Border "
                + "Authority. Prime Minister Ilan Morr spoke later.");
        assertThat(facts(x, FactKind.ROLE, "Ilan Morr", "Chile")).anySatisfy(f -> assertThat(f.role()).isEqualTo("prime minister"));
        Extraction even = run("Chile and Peru talked on Monday. The border stayed shut. Prime Minister Ilan Morr spoke later.");
        assertThat(facts(even, FactKind.ROLE, "Ilan Morr", "Chile")).isEmpty();
    }

    @Test
    void extract_aRankAttachedToABodyIsAPostThere() {
        Extraction x = run("The suspect, named as Ilan Morr, 36, a first lieutenant attached to the Interior Ministry, "
                + "confessed. Sora Piet, a captain who once visited the Defence Ministry, spoke.");
        assertThat(facts(x, FactKind.ROLE, "Ilan Morr", "Interior Ministry")).anySatisfy(f -> assertThat(f.role()).isEqualTo("first lieutenant"));
        assertThat(facts(x, FactKind.ROLE, "Sora Piet", "Defence Ministry")).isEmpty();
        assertThat(facts(x, FactKind.MEMBER, "Ilan Morr", "Interior Ministry")).isNotEmpty();
        assertThat(facts(x, FactKind.PART_OF, "Ilan Morr", "Interior Ministry")).as("a person is a member, no part").isEmpty();
    }

    @Test
    void extract_whoeverTakesOverOrRunsAMinistryHoldsItsPortfolio() {
        Extraction x = run("Kastmir's parliament met, and Kastmir's ministers agreed. Among those confirmed was Ilan Morr, "
                + "until now the army's chief of staff, who takes over the ministry of the interior. The Ministry of "
                + "Finance is run by Sora Piet. Pavel Osk took over the Harbour Institute.");
        assertThat(facts(x, FactKind.ROLE, "Ilan Morr", "Kastmir")).anySatisfy(f -> assertThat(f.role()).isEqualTo("minister of interior"));
        assertThat(facts(x, FactKind.ROLE, "Sora Piet", "Kastmir")).anySatisfy(f -> assertThat(f.role()).isEqualTo("minister of finance"));
        assertThat(facts(x, FactKind.ROLE, "Pavel Osk", null)).noneSatisfy(f -> assertThat(f.role()).startsWith("minister"));
    }

    @Test
    void extract_theFactionXLedIsLedByX() {
        Extraction x = run("Norvania has listed the Nasr Brigades, the faction Ravi Denn led until he was killed, as a "
                + "terrorist organisation. The Amber Hill Movement, which Ravi Denn visited, denied it.");
        assertThat(facts(x, FactKind.ROLE, "Ravi Denn", "Nasr Brigades")).anySatisfy(f -> assertThat(f.role()).isEqualTo("leader"));
        assertThat(facts(x, FactKind.ROLE, "Ravi Denn", "Amber Hill Movement")).isEmpty();
    }

    @Test
    void extract_aSourceBeforeATitleIsNoDescriptionOfItsHolder() {
        Extraction x = run("In September, according to Chilean officials, Secretary of State Ilan Morr warned the envoy. "
                + "Sora Piet met his Chilean counterpart, Defence Minister Pavel Osk.");
        assertThat(facts(x, FactKind.ROLE, "Ilan Morr", "Chile"))
                .allSatisfy(f -> assertThat(f.value()).as("only the home state, inferred").contains("inferred"));
        assertThat(facts(x, FactKind.ROLE, "Pavel Osk", "Chile")).anySatisfy(f -> assertThat(f.value()).isNull());
    }

    @Test
    void extract_aBareTitleTakesTheStateTheDocumentAlreadyGaveThePerson() {
        Extraction x = run("Kastmir hosted the summit, and Kastmir's ministers attended. And participated the President of "
                + "the Arab Republic of Egypt, Ilan Morr. Later Kastmir's premier met the President Ilan Morr again, and "
                + "President Sora Piet spoke.");
        assertThat(facts(x, FactKind.ROLE, "Ilan Morr", "Kastmir")).isEmpty();
        assertThat(facts(x, FactKind.ROLE, "Ilan Morr", "Egypt")).extracting(FactClaim::sentence).contains(1, 2);
    }
}
