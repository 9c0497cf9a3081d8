package org.dramatis.extract;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.dramatis.nlp.EntityMention;

/**
 * The time one document is read in, fixed before its claims are classified: how its dates normalize, its own date and
 * the last day it may tell in the past. Each {@link #eventDates()} is a fresh reading of the story's time, so that a
 * learned classifier dates its events as the rules date theirs without moving the rules' clock.
 *
 * @param dates         normalizes the dates the text names
 * @param documentDate  the document's date; null when unknown
 * @param toldUntil     the document's date, or a later update its byline states; null when unknown
 * @param reactionWords words that react to a deed done before the report ("condemned the raid")
 * @param storyYears    for a text that tells a time well before it was written ({@link ClaimDating}), the story's
 *                      year at the end of each sentence ({@link StoryDates#runningYears}): an event it leaves undated
 *                      happened then, not when it was written; for one that tells of months before its writing, the
 *                      year of writing at every sentence (only the month is unknown); empty for any other text
 * @param headings      the date heading each sentence stands under ({@link DateHeadings}); empty for most texts
 */
record DateFrame(DateNormalizer dates, LocalDate documentDate, LocalDate toldUntil, Set<String> reactionWords,
                 Map<Integer, String> storyYears, Map<Integer, EntityMention> headings) {
    /** A new dater of events for this document, which has read no sentence yet. */
    EventDates eventDates() {
        return new EventDates(dates, documentDate, toldUntil, reactionWords, storyYears, headings);
    }
}
