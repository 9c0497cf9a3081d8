package org.dramatis.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dramatis.nlp.AnnotatedDocument;
import org.dramatis.nlp.EntityMention;
import org.dramatis.nlp.Sentence;
import org.dramatis.nlp.Token;

/**
 * The dates a story states, read in order, as the document's own date is inferred from them and as its yearless dates
 * are placed. A number that names a thing ("UN resolution 1701", "Vision 2030", "the 2030 plan": the nouns are in
 * {@code numbered-nouns.txt}) is no date, whatever SUTime made of it. A date named without its year ("on 12 June",
 * "in June") is in the year of the nearest date before it that states one, unless it counts from the writing ("since
 * October", "last June"). Each date knows whether the text tells it in the past, plans it ({@code
 * future-markers.txt}) or neither.
 *
 * <pre>{@code
 * StoryDates dates = new StoryDates(Lexicons.load());
 * AnnotatedDocument clean = dates.readDates(doc);
 * for (StoryDates.Stated d : dates.stated(clean)) { ... }   // "2020-06-03" PAST, "2020-06-12" PAST (story year)
 * }</pre>
 */
public final class StoryDates {
    /**
     * How a sentence tells a date: in the past, as a plan, with a verb in another tense ("is calm in March"), or with
     * no verb at all (a dateline "BAGHDAD, 10 June 2021 -", a headline, a caption).
     */
    public enum Tense { PAST, FUTURE, OTHER, NONE }

    /**
     * One date the story states with a year.
     *
     * @param iso       ISO partial date ("2020-06-12", "2020-06", "2020")
     * @param ownYear   whether its words state the year ("4 May 2021"), not only the story's ("on 12 June" after it)
     * @param tense     how the sentence tells it
     * @param sentence  index of its sentence
     * @param writtenIn the year its sentence says the text is written in ("last year, in July 2019" gives "2020",
     *                  "this year, in 2020" gives "2020"), or null
     */
    public record Stated(String iso, boolean ownYear, Tense tense, int sentence, String writtenIn) {
    }

    /** A bare number below this year names something else (an operation, a resolution), not a year of the story. */
    static final int EARLIEST_BARE_YEAR = 1800;
    private static final Pattern OWN = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    private static final Pattern MONTH_OR_DAY = Pattern.compile("(?:\\d{4}|XXXX)-\\d{2}(?:-\\d{2})?");
    private static final Pattern YEAR_IN_TEXT = Pattern.compile("\\d{4}");
    private static final Pattern NUMBER = Pattern.compile("\\d[\\d,.]*");
    /** Words that count a yearless date from the writing rather than from the story ("last June", "since October"). */
    private static final Set<String> COUNTED = Set.of("last", "next", "this", "coming", "past", "previous", "ago", "since");
    /** Words before a year that open a span running past it ("since 2005", "from 1992 until his death"). */
    private static final Set<String> SPAN_OPENERS = Set.of("since", "from");
    /** Words that may stand between a noun and the number it names ("resolution No. 1701", "law number 17"). */
    private static final Set<String> NUMBER_WORDS = Set.of("no", "no.", "nos", "nos.", "number", "numbers", "#");
    /** Words that open a noun phrase a number may modify ("the 2030 plan", "its 2030 vision"). */
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "their", "his", "her", "our", "'s", "this", "that");
    /** Words that join numbers into a list ("resolutions 1559, 1680 and 1701"). */
    private static final Set<String> LIST_LINKS = Set.of(",", "and", "or");
    /** How far back from a number its noun may stand ("resolutions 1559, 1680 and 1701"). */
    private static final int NUMBER_REACH = 6;
    /** How many words up from a date its verb may stand. */
    private static final int PATH = 6;
    /** A year joined to its part in one word: "mid-2009", "early-2012", "late-1990s". */
    private static final Pattern PART_OF_YEAR = Pattern.compile("(?i)(?:mid|early|late)-((?:1[89]|20)\\d{2})(s)?");

    /** Reads SUTime's values without a document date: only what the words themselves state. */
    private static final DateNormalizer VALUES = new DateNormalizer();

    private final Set<String> numberedNouns;
    private final Set<String> futureMarkers;

    /** Reads the numbered nouns and future markers of {@code lexicons}. */
    public StoryDates(Lexicons lexicons) {
        this.numberedNouns = lexicons.dates().numberedNouns();
        this.futureMarkers = lexicons.dates().futureMarkers();
    }

    /**
     * The document's DATE mentions as the dating reads them: without the numbers that name a thing ("resolution 1701"),
     * and with a year the tokenizer kept in one word with its part ("mid-2009", "early-2012", "late-1990s": SUTime tags
     * none of them) as a DATE of that year (the decade's first year for "1990s"). The same document when nothing changes.
     */
    public AnnotatedDocument readDates(AnnotatedDocument doc) {
        List<Sentence> out = new ArrayList<>(doc.sentences().size());
        boolean changed = false;
        for (Sentence s : doc.sentences()) {
            List<EntityMention> kept = new ArrayList<>(s.mentions().stream().filter(m -> !namesThing(s, m)).toList());
            boolean dropped = kept.size() != s.mentions().size();
            boolean added = addPartOfYear(s, kept);
            changed |= dropped || added;
            if (added) {
                kept.sort(Comparator.comparingInt(EntityMention::tokenBegin));
            }
            out.add(!dropped && !added ? s
                    : new Sentence(s.index(), s.begin(), s.end(), s.text(), s.tokens(), List.copyOf(kept), s.dependencies()));
        }
        return changed ? new AnnotatedDocument(doc.text(), out) : doc;
    }

    /** Adds a DATE for each one-word "mid-2009" no mention covers; whether it added any. */
    private static boolean addPartOfYear(Sentence s, List<EntityMention> mentions) {
        boolean added = false;
        for (Token t : s.tokens()) {
            Matcher m = PART_OF_YEAR.matcher(t.word());
            if (!m.matches() || mentions.stream().anyMatch(e -> e.tokenBegin() <= t.index() && t.index() < e.tokenEnd())) {
                continue;
            }
            String year = m.group(2) == null ? m.group(1) : m.group(1).substring(0, 3) + "0";
            mentions.add(new EntityMention(t.word(), "DATE", t.begin(), t.end(), t.index(), t.index() + 1, year));
            added = true;
        }
        return added;
    }

    /**
     * Whether a DATE mention is a bare number (or list of numbers) that names a thing: a numbered noun right before it
     * ("resolution 1701", "Vision 2030", "resolutions 1559 and 1701") or right after it ("the 2030 plan"). A mention
     * with other words ("of 2021", "June 2021") is a date.
     */
    boolean namesThing(Sentence s, EntityMention m) {
        int first = Math.max(0, m.tokenBegin());
        int last = Math.min(s.tokens().size(), m.tokenEnd()) - 1;
        if (!"DATE".equals(m.tag()) || last < first) {
            return false;
        }
        for (int t = first; t <= last; t++) {
            String word = lower(s, t);
            if (!NUMBER.matcher(word).matches() && !LIST_LINKS.contains(word) && !word.equals("the")) {
                return false;
            }
        }
        for (int t = first - 1; t >= 0 && t >= first - NUMBER_REACH; t--) {
            String word = lower(s, t);
            // A capitalised plural ("Resolutions 1559 and 1701") may keep its "s" in the lemma.
            if (numberedNouns.contains(lemma(s, t)) || numberedNouns.contains(word.replaceFirst("s$", ""))) {
                return true;
            }
            boolean listed = LIST_LINKS.contains(word) && t > 0 && NUMBER.matcher(lower(s, t - 1)).matches();
            if (!listed && !NUMBER_WORDS.contains(word) && !NUMBER.matcher(word).matches()) {
                break;
            }
        }
        // After it only inside a noun phrase ("the 2030 plan"): "in 2014 brigades were formed" names a year.
        boolean modifier = lower(s, first).equals("the") || first > 0 && DETERMINERS.contains(lower(s, first - 1));
        return modifier && last + 1 < s.tokens().size() && numberedNouns.contains(lemma(s, last + 1));
    }

    /**
     * The year of each date named without one ("on 12 June", "in June"): the year of the nearest date before it, in
     * its sentence or an earlier one, that states its year and is neither a plan nor the start of a span ("since
     * 2005"). Dates counted from the writing ("since
     * October", "last June") and dates with no date stated before them are absent, as are plans: they lie ahead of
     * the writing, so with {@code writtenOn} known a planned "10 October" is the first one on or after it.
     *
     * @param writtenOn the day the text was written, or null when it is not known to the day
     * @param fromStory  whether dates told in the past or present take the story's year; when false (the text states
     *                   the day it was written, so they count back from it), only plans and the dates told in the
     *                   past whose own sentence stated the year before them are placed
     */
    public Map<EntityMention, String> storyYears(AnnotatedDocument doc, LocalDate writtenOn, boolean fromStory) {
        return storyYears(doc, writtenOn, fromStory, Integer.MAX_VALUE);
    }

    /**
     * As {@link #storyYears(AnnotatedDocument, LocalDate, boolean)}, where a year after {@code lastYear} (the year of
     * writing) is no time the story is told in: "the programme runs until 2027" does not date "on 29 March" after it.
     */
    public Map<EntityMention, String> storyYears(AnnotatedDocument doc, LocalDate writtenOn, boolean fromStory, int lastYear) {
        Map<EntityMention, String> out = new HashMap<>();
        walk(doc, writtenOn, fromStory, lastYear, out, new HashMap<>());
        return out;
    }

    /**
     * The story's year at the end of each sentence: the year of the last date stated with its year up to there that is
     * no plan, no "since" and not after {@code lastYear}; sentences before any are absent.
     */
    public Map<Integer, String> runningYears(AnnotatedDocument doc, int lastYear) {
        Map<Integer, String> running = new HashMap<>();
        walk(doc, null, false, lastYear, new HashMap<>(), running);
        return running;
    }

    private void walk(AnnotatedDocument doc, LocalDate writtenOn, boolean fromStory, int lastYear,
                      Map<EntityMention, String> out, Map<Integer, String> running) {
        String year = null;
        int yearSentence = -1;
        for (Sentence s : doc.sentences()) {
            SentenceView v = null;
            for (EntityMention m : s.mentions()) {
                if (!"DATE".equals(m.tag()) || m.normalized() == null) {
                    continue;
                }
                String own = ownDate(m);
                boolean yearless = own == null && yearless(s, m);
                if (own == null && !yearless) {
                    continue;
                }
                v = v == null ? new SentenceView(s) : v;
                Tense tense = tense(v, m);
                boolean plan = tense == Tense.FUTURE;
                if (own != null) {
                    // "since the year 2005", "from 1992 until his death" open a span up to a later time: no time the
                    // story is told in. A span stated whole ("from 2006 to 2014") has brought the story to its end.
                    String told = spanEnd(m, own);
                    boolean opens = told.equals(own.substring(0, 4)) && m.tokenBegin() > 0
                            && SPAN_OPENERS.contains(lower(s, m.tokenBegin() - 1));
                    if (!plan && !opens && Integer.parseInt(told) <= lastYear) {
                        year = told;
                        yearSentence = s.index();
                    }
                } else if (plan && writtenOn != null) {
                    out.put(m, ahead(Byline.withoutTime(m.normalized()), writtenOn));
                } else if (!plan && year != null && (fromStory || yearSentence == s.index() && tense == Tense.PAST)) {
                    // "stepped down on 9 January 2014; the assembly adopted the text on 26 January": 2014 whatever the
                    // day of writing; not "took over in May 2020 and faces an election on October 10".
                    out.put(m, year);
                }
            }
            if (year != null) {
                running.put(s.index(), year);
            }
        }
    }

    /**
     * The year a date stated with its year brings the story to: the end of a span SUTime read whole ("2006 to 2014"
     * is "2006/2014"), else its own year.
     */
    private static String spanEnd(EntityMention m, String own) {
        String v = m.normalized().strip();
        int slash = v.indexOf('/');
        if (slash > 0) {
            String end = VALUES.normalize(v.substring(slash + 1), null);
            if (end != null && OWN.matcher(end).matches() && m.text().contains(end.substring(0, 4))
                    && end.compareTo(own) > 0) {
                return end.substring(0, 4);
            }
        }
        return own.substring(0, 4);
    }

    /** The year that puts a yearless "XXXX-10-10" on or after the day of writing. */
    private static String ahead(String value, LocalDate writtenOn) {
        String monthDay = value.substring(5) + (value.length() == 7 ? "-31" : "");
        String written = writtenOn.toString().substring(5);
        return String.valueOf(writtenOn.getYear() + (monthDay.compareTo(written) < 0 ? 1 : 0));
    }

    /** Every date the story states with a year (its own or the story's), in the order written. */
    public List<Stated> stated(AnnotatedDocument doc) {
        Map<EntityMention, String> years = storyYears(doc, null, true);
        List<Stated> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            String lower = s.text().toLowerCase(Locale.ROOT);
            // "last year ... in July 2019" says the text was written in 2020; "this year, in 2020" says 2020.
            int shift = lower.contains("last year") ? 1 : lower.contains("this year") ? 0 : -1;
            SentenceView v = null;
            for (EntityMention m : s.mentions()) {
                String own = "DATE".equals(m.tag()) ? ownDate(m) : null;
                String story = years.get(m);
                String iso = own != null ? own : story == null ? null : story + Byline.withoutTime(m.normalized()).substring(4);
                if (iso == null) {
                    continue;
                }
                v = v == null ? new SentenceView(s) : v;
                String written = own != null && shift >= 0 ? String.valueOf(Integer.parseInt(own.substring(0, 4)) + shift) : null;
                out.add(new Stated(iso, own != null, tense(v, m), s.index(), written));
            }
        }
        return out;
    }

    /**
     * The ISO date of a mention whose words state its year ("4 May 2021", "in 2016", "the summer of 2020", "the month
     * of June 2020"), or null.
     */
    private static String ownDate(EntityMention m) {
        String v = VALUES.normalize(m.normalized(), null);
        if (v != null && v.length() == 4 && Integer.parseInt(v) < EARLIEST_BARE_YEAR) {
            // "Operation 1027", "resolution 1559": a bare number of another kind, no time the story is in.
            return null;
        }
        return v != null && OWN.matcher(v).matches() && m.text().contains(v.substring(0, 4)) ? v : null;
    }

    /** Whether a mention names a month or a day of one without its year, and counts from the story, not the writing. */
    private static boolean yearless(Sentence s, EntityMention m) {
        String v = Byline.withoutTime(m.normalized());
        if (v == null || !MONTH_OR_DAY.matcher(v).matches() || YEAR_IN_TEXT.matcher(m.text()).find()
                || !StoryClock.namesMonth(m.text())) {
            // "on Monday" SUTime placed from the article's date names no month: it counts from the writing.
            return false;
        }
        for (String w : m.text().toLowerCase(Locale.ROOT).split("\\s+")) {
            if (COUNTED.contains(w)) {
                return false;
            }
        }
        return m.tokenBegin() <= 0 || !COUNTED.contains(s.tokens().get(m.tokenBegin() - 1).word().toLowerCase(Locale.ROOT));
    }

    /**
     * How the sentence tells a date: a plan when a future marker governs it or its nearest verb ("will be held in",
     * "is scheduled for", "plans to hold ... in"), in the past when that verb is ("raided", "was killed", "has met"),
     * else in another tense, or with no verb when there is none up from it.
     */
    Tense tense(SentenceView v, EntityMention m) {
        int verb = -1;
        int above = 0;
        int t = spanHead(v, m);
        // Up from the date to its nearest verb, and two words above it ("plans to hold elections in June 2023").
        for (int depth = 0; t >= 0 && depth < PATH && above < 2; depth++, t = v.head(t)) {
            if (marksFuture(v, t)) {
                return Tense.FUTURE;
            }
            if (verb >= 0) {
                above++;
            } else if (v.isVerb(t) || v.first(t, "cop") >= 0) {
                verb = t;
            }
        }
        return verb < 0 ? Tense.NONE : past(v, verb) ? Tense.PAST : Tense.OTHER;
    }

    private boolean marksFuture(SentenceView v, int t) {
        if (futureMarkers.contains(v.lemma(t))) {
            return true;
        }
        return v.children(t).stream().anyMatch(d -> (d.relation().startsWith("aux") || d.relation().equals("amod"))
                && futureMarkers.contains(v.lemma(d.dependent())));
    }

    /** "raided", "was killed", "has met", "the attack was on 3 May": a verb (or copula) in a past tense. */
    private static boolean past(SentenceView v, int verb) {
        int cop = v.first(verb, "cop");
        if (cop >= 0) {
            return v.pos(cop).equals("VBD");
        }
        if (v.pos(verb).equals("VBD")) {
            return true;
        }
        return v.pos(verb).equals("VBN") && v.children(verb).stream().anyMatch(d -> d.relation().startsWith("aux")
                && (v.lemma(d.dependent()).equals("have") || v.pos(d.dependent()).equals("VBD")));
    }

    /** The token of a mention that hangs on a word outside it. */
    private static int spanHead(SentenceView v, EntityMention m) {
        for (int t = m.tokenBegin(); t < m.tokenEnd() && t < v.size(); t++) {
            int h = v.head(t);
            if (h < m.tokenBegin() || h >= m.tokenEnd()) {
                return t;
            }
        }
        return Math.min(m.tokenBegin(), v.size() - 1);
    }

    private static String lower(Sentence s, int t) {
        return s.tokens().get(t).word().toLowerCase(Locale.ROOT);
    }

    private static String lemma(Sentence s, int t) {
        String l = s.tokens().get(t).lemma();
        return (l == null ? s.tokens().get(t).word() : l).toLowerCase(Locale.ROOT);
    }
}
