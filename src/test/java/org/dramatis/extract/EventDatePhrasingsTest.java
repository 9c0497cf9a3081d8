package org.dramatis.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dramatis.extract.RulesFixture.events;
import static org.dramatis.extract.RulesFixture.involves;
import static org.dramatis.extract.RulesFixture.run;

import org.dramatis.model.EventType;
import org.dramatis.nlp.StoredAnnotations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * When an event happened, in the words of an ordinary news report: "that day", "a week after", "the following year"
 * counted from the right earlier date, a reaction dated as what it reacts to, spans that date nothing;
 * {@link EventPhrasingsTest} has the event families. Invented names and places, as CoreNLP annotated them (stored).
 */
@ExtendWith(StoredAnnotations.class)
class EventDatePhrasingsTest {
    @Test
    void extract_thatDayIsTheLastDayTheTextNamed() {
        Extraction x = run("Since 12 May 2021 she has been minister. Dana Roux named her to the post that day, after Karim Abed "
                + "stepped down citing health reasons.");
        assertThat(events(x, EventType.APPOINTMENT)).singleElement().satisfies(e -> assertThat(e.date()).isEqualTo("2021-05-12"));
        assertThat(events(x, EventType.RETREAT)).singleElement()
                .satisfies(e -> assertThat(involves(x, e, "Karim Abed", null)).isTrue());
    }

    @Test
    void extract_daysBeforeAYearlessDateToldInThePastCountFromTheYearBeforeTheArticle() {
        // Written in September: SUTime puts "Jan. 5" in the coming January, but the vote was adopted, so it was last
        // January, and the strike two days before it.
        Extraction x = run("Lawmakers adopted the resolution on Jan. 5, two days after a drone strike killed Tamar Vesk at "
                + "the airport.");
        assertThat(events(x, EventType.ASSAULT)).isNotEmpty().allSatisfy(e -> assertThat(e.date()).isEqualTo("2022-01-03"));
        // The date's own verb a participle, and nothing in the sentence but the past: last January too.
        Extraction y = run("The troops left under a resolution adopted on Jan. 5, two days after a drone strike killed "
                + "Tamar Vesk at the airport.");
        assertThat(events(y, EventType.ASSAULT)).isNotEmpty().allSatisfy(e -> assertThat(e.date()).isEqualTo("2022-01-03"));
    }

    @Test
    void extract_aYearThatNamesAThingIsNoDateOfTheDeed() {
        // 1951 is when the convention was made, not the accusation.
        Extraction x = run("On 11 March 2021 Norvania filed a complaint with the court in Dunmore, with the backing of"
                + " its allies, accusing Dalmera of breaching the 1951 Border Convention.");
        assertThat(events(x, EventType.ACCUSE)).isNotEmpty().allSatisfy(e -> assertThat(e.date()).isEqualTo("2021-03-11"));
        // A year on the event's own noun still dates it.
        Extraction y = run("Karim Abed won the 2019 election in Dunmore.");
        assertThat(events(y, EventType.ELECTION)).isNotEmpty().allSatisfy(e -> assertThat(e.date()).isEqualTo("2019"));
    }

    @Test
    void extract_inTheDayOfAWeekdayIsThatWeekdayNotTheArticlesDay() {
        // Machine translation from Arabic; SUTime makes "the day of Tuesday" the article's own day (SutimeRepairs).
        // Written on Thursday 15 September 2022: the Tuesday before.
        Extraction x = run("Police arrested Omar Haddad in the day of Tuesday in Dunmore.");
        assertThat(events(x, EventType.COERCE)).singleElement().satisfies(e -> assertThat(e.date()).isEqualTo("2022-09-13"));
    }

    @Test
    void extract_aDayOfTheMonthOfTheYearIsOneDate() {
        // Machine translation from Arabic: SUTime reads a number, a month and a year apart (SutimeRepairs).
        Extraction x = run("Police arrested Omar Haddad on 26 of the month of July, of the year 2021 in Dunmore.");
        assertThat(events(x, EventType.COERCE)).singleElement().satisfies(e -> assertThat(e.date()).isEqualTo("2021-07-26"));
        Extraction y = run("Police arrested Omar Haddad on 3 of March in Dunmore.");
        assertThat(events(y, EventType.COERCE)).singleElement().satisfies(e -> assertThat(e.date()).isEqualTo("2022-03-03"));
        // The weekday before it is that day's (26 July 2022 was a Tuesday), not the Tuesday before the article.
        Extraction z = run("In the day of Tuesday, the 26 of the month of July, soldiers detained Omar Haddad in Dunmore.");
        assertThat(events(z, EventType.COERCE)).singleElement().satisfies(e -> assertThat(e.date()).isEqualTo("2022-07-26"));
    }

    @Test
    void extract_anItemUnderADateLineHappenedThen() {
        // A month-by-month review: each month's line dates the items under it.
        Extraction x = run("The year in review\nMARCH\nPolice arrested Omar Haddad in Dunmore.\nJULY\n"
                + "Soldiers detained Lena Vost in Dunmore.\n");
        assertThat(events(x, EventType.COERCE)).extracting(e -> e.date()).containsExactlyInAnyOrder("2022-03", "2022-07");
        // Live updates under the day's line.
        Extraction y = run("Saturday 10 September 2022\n20:45 - Police arrested Omar Haddad in Dunmore.\n"
                + "Sunday 11 September 2022\n09:10 - Soldiers detained Lena Vost in Dunmore.\n");
        assertThat(events(y, EventType.COERCE)).extracting(e -> e.date()).containsExactlyInAnyOrder("2022-09-10", "2022-09-11");
        // One date line alone heads an article, not items: it dates nothing the sentences leave undated.
        Extraction z = run("Saturday 10 September 2022\nPolice arrested Omar Haddad in Dunmore.\n");
        assertThat(events(z, EventType.COERCE)).singleElement().satisfies(e -> assertThat(e.date()).isNull());
        // Nor do a date line and an update line at the top.
        Extraction w = run("Saturday 10 September 2022\nSunday 11 September 2022\nPolice arrested Omar Haddad in Dunmore.\n");
        assertThat(events(w, EventType.COERCE)).singleElement().satisfies(e -> assertThat(e.date()).isNull());
    }

    @Test
    void extract_aYearJoinedToItsPartInOneWordDatesTheEvent() {
        Extraction x = run("Omar Haddad was freed in mid-2009.");
        assertThat(events(x, EventType.RETREAT)).singleElement().satisfies(e -> assertThat(e.date()).isEqualTo("2009"));
    }

    @Test
    void extract_aWeekAfterTheRaidCountsFromTheRaid() {
        Extraction x = run("Police raided the office of Lena Vost on 3 May 2021. A week after the raid, Omar Telli flew to "
                + "Dunmore for talks with Lena Vost.");
        assertThat(events(x, EventType.CONSULT)).singleElement().satisfies(e -> assertThat(e.date()).isEqualTo("2021-05-10"));
        assertThat(events(x, EventType.COERCE)).singleElement().satisfies(e -> assertThat(e.date()).isEqualTo("2021-05-03"));
    }

    @Test
    void extract_aDayAfterCountsBackFromTheDayNamedBeforeIt() {
        Extraction x = run("Police released Ilan Marsh on 8 May 2021, a day after officers of the Interior Ministry detained "
                + "her in Dunmore.");
        assertThat(events(x, EventType.COERCE)).singleElement().satisfies(e -> assertThat(e.date()).isEqualTo("2021-05-07"));
        assertThat(events(x, EventType.RETREAT)).singleElement().satisfies(e -> assertThat(e.date()).isEqualTo("2021-05-08"));
    }

    @Test
    void extract_twoDaysLaterCountsFromTheEarlierSentenceOnlyOnce() {
        Extraction x = run("Police raided a depot of the Red Reed Battalions on 3 May 2021. Two days later, a drone struck a "
                + "checkpoint of the Amber Hill Movement, killing two guards.");
        assertThat(events(x, EventType.ASSAULT)).isNotEmpty().allSatisfy(e -> assertThat(e.date()).isEqualTo("2021-05-05"));
    }

    @Test
    void extract_theNextDayCountsFromADayNamedAfterTheLastDatedEvent() {
        // The day the campaign collapsed is no event, but it is the day "the next day" counts from, not the raid's.
        Extraction x = run("Police raided a depot of the Red Reed Battalions on 3 May 2021. The campaign collapsed on 28 October"
                + " 2021. The next day police arrested Samir Deeb in Dunmore.");
        assertThat(events(x, EventType.COERCE)).filteredOn(e -> involves(x, e, "Samir Deeb", null)).isNotEmpty()
                .allSatisfy(e -> assertThat(e.date()).isEqualTo("2021-10-29"));
    }

    @Test
    void extract_onTheSidelinesOfTheVisitIsTheVisitsDay() {
        Extraction x = run("Karim Abed visited Dunmore on 3 May 2021. Karim Abed and Lena Vost signed, on the sidelines of "
                + "the visit, a memorandum, and meetings will follow during the coming month.");
        assertThat(events(x, EventType.AGREE)).singleElement().satisfies(e -> assertThat(e.date()).isEqualTo("2021-05-03"));
    }

    @Test
    void extract_aReactionToAnEarlierEventIsDatedAsThatEvent() {
        Extraction x = run("Police arrested Samir Deeb on 3 May 2021. The Amber Hill Movement condemned the arrest and accused "
                + "Lena Vost of silencing the opposition.");
        assertThat(events(x, EventType.ACCUSE)).singleElement().satisfies(e -> assertThat(e.date()).isEqualTo("2021-05-03"));
    }

    @Test
    void extract_aReactionNamingNoEarlierEventStaysUndated() {
        Extraction x = run("Police arrested Samir Deeb on 3 May 2021. The Amber Hill Movement accused Lena Vost of lying.");
        assertThat(events(x, EventType.ACCUSE)).singleElement().satisfies(e -> assertThat(e.date()).isNull());
    }

    @Test
    void extract_theFollowingYearCountsFromTheLastDatedEvent() {
        Extraction x = run("Samir Deeb was arrested in 1995. He was released the following year.");
        assertThat(events(x, EventType.RETREAT)).singleElement().satisfies(e -> assertThat(e.date()).isEqualTo("1996"));
    }

    @Test
    void extract_yearsLaterCountsFromTheLastDatedEvent() {
        Extraction x = run("Samir Deeb founded the Amber Hill Movement in 2009. Three years later he was elected to parliament.");
        assertThat(events(x, EventType.ELECTION)).singleElement().satisfies(e -> assertThat(e.date()).isEqualTo("2012"));
    }

    @Test
    void extract_nextYearWithoutTheCountsFromTheArticle() {
        Extraction x = run("Samir Deeb was arrested in 1995. Lena Vost will visit Dunmore next year.");
        assertThat(events(x, EventType.CONSULT)).allSatisfy(e -> assertThat(e.date()).isNotEqualTo("1996"));
    }

    @Test
    void extract_anApproximateSpanDatesNothing() {
        Extraction x = run("A court freed Samir Deeb on 8 May 2021, almost two months after police detained him in Dunmore.");
        assertThat(events(x, EventType.COERCE)).allSatisfy(e -> assertThat(e.date()).isNotEqualTo("2021-03"));
    }

    @Test
    void extract_aYearlessMonthAfterTheArticleIsLastYearForAPastEvent() {
        // The fixture's articles are written in September 2022: a raid told in the past "in November" was in 2021.
        Extraction x = run("In November police raided a depot of the Red Reed Battalions in Dunmore.");
        assertThat(events(x, EventType.COERCE)).singleElement().satisfies(e -> assertThat(e.date()).isEqualTo("2021-11"));
    }

    @Test
    void extract_aYearlessMonthAfterSinceHasBegunBeforeTheArticle() {
        // Written in September 2022: the attacks "since November" began in November 2021, whatever the verb's tense.
        Extraction x = run("The Red Reed Battalions are accused of ordering four attacks on the port of Dunmore since November.");
        assertThat(x.events()).isNotEmpty().allSatisfy(e -> assertThat(e.date()).isNotEqualTo("2022-11"))
                .anySatisfy(e -> assertThat(e.date()).isEqualTo("2021-11"));
    }

    @Test
    void extract_aYearAgoIsAYear_andDatesTheKillingItHangsOn_notTheArrest() {
        Extraction x = run("The police have detained an officer who admitted to shooting Samir Deeb, whose killing "
                + "outside his home a year ago came to stand for impunity.");
        assertThat(events(x, EventType.ASSAULT)).anySatisfy(e -> assertThat(e.date()).isEqualTo("2021"));
        assertThat(events(x, EventType.COERCE)).singleElement().satisfies(e -> assertThat(e.date()).isNotEqualTo("2021"));
    }

    @Test
    void extract_theNextDayCountsOnFromTheStory_andASentencesOwnDateBeatsTheActorsLastDay() {
        Extraction x = run("Ilan Morr opened the summit in Vessa on 28 August 2022. And Ilan Morr visited in the next "
                + "day the city of Tarsa. Among the first of his visits was the visit to Norvania in the month of July 2021.");
        assertThat(events(x, EventType.CONSULT)).extracting(EventClaim::date).contains("2022-08-29", "2021-07")
                .doesNotContain("2021-08-29");
    }

    @Test
    void extract_anUndatedEventOfTheKindTheSentenceBeforeDatedIsThatEvent() {
        Extraction x = run("The court ratified the results of the election of 10 October 2021. The Green Dawn Party had "
                + "won 73 seats. Ilan Morr won praise from Sora Piet.");
        assertThat(events(x, EventType.ELECTION)).anySatisfy(e -> {
            assertThat(involves(x, e, "Green Dawn Party", null)).isTrue();
            assertThat(e.date()).isEqualTo("2021-10-10");
        });
    }

    @Test
    void extract_sinceWhenSomeoneIsWhatANounSaysDatesNoDeed() {
        Extraction x = run("Karim Abed and Lena Vost, rivals for the leadership since 2003, both welcomed the vote.");
        assertThat(events(x, EventType.SUPPORT)).isNotEmpty().allSatisfy(e -> assertThat(e.date()).isNotEqualTo("2003"));
    }

    @Test
    void extract_aLookBackDatesItsYearlessAndUndatedDeedsInTheStorysYear() {
        // Written in 2022 about 2013-2015: "on 6 August" is in 2013, and a deed told without a date in the year the
        // story last named, not in the month of writing.
        Extraction x = run("The crisis in Veloria began in 2013. Police arrested Omar Haddad in March 2013. On 6 August police "
                + "detained Lena Vost. In June 2014 Dana Roux resigned as prime minister. Parliament then appointed "
                + "Karim Abed prime minister. Voters elected Ilan Marsh in 2015.");
        assertThat(events(x, EventType.COERCE)).anySatisfy(e -> assertThat(e.date()).isEqualTo("2013-08-06"));
        assertThat(events(x, EventType.APPOINTMENT)).anySatisfy(e -> assertThat(e.date()).isEqualTo("2014"));
    }

    @Test
    void extract_aReportOfTheWeekLeavesAnUndatedDeedUndated() {
        Extraction x = run("Police arrested Omar Haddad on 12 September 2022. He had led the protests of 2013. Lena Vost "
                + "resigned on 13 September 2022. Parliament then appointed Karim Abed prime minister.");
        assertThat(events(x, EventType.APPOINTMENT)).isNotEmpty().allSatisfy(e -> assertThat(e.date()).isNull());
    }

    @Test
    void extract_aYearlessDayWithItsWeekdayIsInTheYearThatWeekdayNames() {
        // Written in September 2022: SUTime puts "Jan. 8" in the coming January, the past tense the last one (2022, a
        // Saturday); 8 January was a Friday in 2021.
        Extraction x = run("Lawmakers adopted the resolution on Friday, Jan. 8, after a drone strike killed Tamar Vesk at the "
                + "airport.");
        assertThat(events(x, EventType.ASSAULT)).isNotEmpty().allSatisfy(e -> assertThat(e.date()).isEqualTo("2021-01-08"));
    }

    @Test
    void extract_anUndatedDeedOfATextMonthsBehindItsWritingIsDatedOnlyToTheYear() {
        // Written on 15 September 2022, telling of the spring: the request was not made in September, but in 2022.
        String spring = "In March 2022 the assembly of Dunmore met in a stormy session. In April 2022 the court in Dunmore "
                + "ruled against Karim Abed. In May 2022 the council of Dunmore voted to dissolve the assembly. ";
        Extraction x = run(spring + "Tamar Vesk asked Omar Telli for an inquiry into the vote.");
        assertThat(events(x, EventType.REQUEST)).singleElement().satisfies(e -> assertThat(e.date()).isEqualTo("2022"));
        // A report of the week, with the same request, leaves it to the month it was reported in.
        String week = "On 9 September 2022 the assembly of Dunmore met in a stormy session. On 12 September 2022 the court "
                + "in Dunmore ruled against Karim Abed. On 13 September 2022 the council of Dunmore voted to dissolve the "
                + "assembly. ";
        Extraction y = run(week + "Tamar Vesk asked Omar Telli for an inquiry into the vote.");
        assertThat(events(y, EventType.REQUEST)).singleElement().satisfies(e -> assertThat(e.date()).isNotEqualTo("2022"));
    }
}
