package org.dramatis.extract;

import java.time.LocalDate;
import java.util.Map;
import org.dramatis.model.DatePrecision;
import org.dramatis.model.DateSource;
import org.dramatis.nlp.AnnotatedDocument;
import org.dramatis.nlp.EntityMention;
import org.dramatis.nlp.Sentence;

/**
 * The dating step of extraction: reads, once per document, the time its claims are dated in ({@link DateFrame}). The
 * services that date and qualify one claim ({@link EventDates}, {@link Modalities}) are then offered to every
 * classifier through {@link ClaimDocument}.
 */
final class ClaimDating {
    private final StoryDates storyDates;
    private final Lexicons lexicons;

    ClaimDating(Lexicons lexicons, StoryDates storyDates) {
        this.lexicons = lexicons;
        this.storyDates = storyDates;
    }

    /**
     * @param doc          the document, its named numbers already set apart ({@link StoryDates#readDates})
     * @param documentDate the last day of the period the document's date names; null when unknown
     * @param precision    how precisely that date is known; SUTime had the date when it is a DAY the user or the file gave
     * @param source       where the date comes from: when it was inferred from the text (or is unknown), a date named
     *                     without its year takes the year of the story before it ({@link StoryDates#storyYears}); when
     *                     the text states its day (a byline or dateline), a planned one is the next after that day
     */
    DateFrame frame(AnnotatedDocument doc, LocalDate documentDate, DatePrecision precision, DateSource source) {
        LocalDate updated = Byline.latest(doc);
        LocalDate toldUntil = updated != null && documentDate != null && updated.isAfter(documentDate) ? updated : documentDate;
        boolean sutimeDated = precision == DatePrecision.DAY && (source == DateSource.FILE || source == DateSource.USER);
        boolean inferred = documentDate == null || source == DateSource.TEXT;
        LocalDate stated = inferred && precision == DatePrecision.DAY ? documentDate : statedDay(doc, documentDate);
        // SUTime placed the yearless dates of a text it had the date of; a planned one ahead of a day the text states.
        LocalDate writtenOn = precision == DatePrecision.DAY ? documentDate : null;
        DateNormalizer dates = new DateNormalizer(stated, toldUntil, sutimeDated || documentDate == null ? null : precision,
                sutimeDated ? Map.of() : storyDates.storyYears(doc, writtenOn, inferred));
        return new DateFrame(dates, documentDate, toldUntil, lexicons.events().reactionWords());
    }

    /**
     * The document date when the text itself states that day ("Marsana, 20 June 2020 -"), so that weekdays can be
     * counted back from it; null when the date is an estimate from a month or a year the text mentions.
     */
    private static LocalDate statedDay(AnnotatedDocument doc, LocalDate documentDate) {
        if (documentDate == null) {
            return null;
        }
        String day = documentDate.toString();
        for (Sentence s : doc.sentences()) {
            for (EntityMention m : s.mentions()) {
                if (("DATE".equals(m.tag()) || "TIME".equals(m.tag())) && day.equals(Byline.withoutTime(m.normalized()))) {
                    return documentDate;
                }
            }
        }
        return null;
    }
}
