package org.dramatis.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dramatis.extract.RulesFixture.facts;
import static org.dramatis.extract.RulesFixture.has;
import static org.dramatis.extract.RulesFixture.run;

import org.dramatis.model.FactKind;
import org.dramatis.nlp.StoredAnnotations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Posts whose state or body the title leaves to the rest of the document (the host of a visit, the home state, the
 * legislature, ministry, bank or region named before), and titles reached through forms of address, ranks and
 * portfolios; {@link PostRulesTest} has the others. Invented sentences, as CoreNLP annotated them (stored).
 */
@ExtendWith(StoredAnnotations.class)
class PostStatesRulesTest {
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
                .contains("vice president", "prime minister");
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
    void extract_aJourneyAfterTheTitleIsTheTravellersNotWhereTheTitleIsHeld() {
        Extraction verb = run("Chile's parliament met. Chile's ministers agreed, and Chile's army stayed at home. Prime "
                + "Minister Ilan Morr flew to Peru on Sunday.");
        assertThat(facts(verb, FactKind.ROLE, "Ilan Morr", "Peru")).isEmpty();
        assertThat(facts(verb, FactKind.ROLE, "Ilan Morr", "Chile")).isNotEmpty();
        Extraction visit = run("Sora Piet met President Ilan Morr during a visit to Peru on Sunday.");
        assertThat(facts(visit, FactKind.ROLE, "Ilan Morr", "Peru")).isNotEmpty();
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
