package org.dramatis.dev.bench;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dramatis.nlp.AnnotatedDocument;
import org.dramatis.nlp.EntityMention;
import org.dramatis.nlp.NlpService;
import org.dramatis.nlp.Sentence;
import org.dramatis.nlp.Token;

/**
 * A cheap, deterministic stand-in for CoreNLP, for measuring everything after NLP at corpus scale: sentences end at a
 * full stop or a blank line, tokens are runs of letters and digits, named entities are the synthetic cast's own
 * spellings (longest match first), dates are "7 March 2020" and "March 2020", and parts of speech are guessed from
 * the word's shape. No parse. Its output has the shapes CoreNLP's has, so storage, extraction, resolution and the
 * search index do their usual work; CoreNLP's own cost and memory (fixed by its models) are not measured with it.
 */
final class StandInNlp implements NlpService {
    private static final Pattern SENTENCE = Pattern.compile("[^.!?\\n]+(?:[.!?]|$)", Pattern.MULTILINE);
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:[-'][\\p{L}\\p{N}]+)*|[^\\s\\p{L}\\p{N}]");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "his", "her", "their");
    private static final Set<String> PREPOSITIONS = Set.of("of", "in", "on", "for", "with", "since", "about", "to", "by",
            "at", "from", "according");

    private final Map<String, String> tags = new HashMap<>();
    private final int longest;

    /** Tags every spelling of {@code cast}: persons PERSON, organizations ORGANIZATION, states COUNTRY, towns CITY. */
    StandInNlp(List<Actor> cast) {
        int max = 1;
        for (Actor a : cast) {
            String tag = switch (a.type()) {
                case PERSON -> "PERSON";
                case ORGANIZATION -> "ORGANIZATION";
                case COUNTRY -> "COUNTRY";
                default -> "CITY";
            };
            List<String> spellings = new ArrayList<>(a.fullForms());
            spellings.addAll(a.shortForms());
            for (String s : spellings) {
                tags.putIfAbsent(s, tag);
                max = Math.max(max, tokens(s, 0).size());
            }
        }
        this.longest = max;
    }

    @Override
    public AnnotatedDocument annotate(String text, LocalDate documentDate) {
        List<Sentence> sentences = new ArrayList<>();
        Matcher sm = SENTENCE.matcher(text);
        while (sm.find()) {
            String s = sm.group();
            if (s.isBlank()) {
                continue;
            }
            int lead = s.length() - s.stripLeading().length();
            int begin = sm.start() + lead;
            List<Token> tokens = tokens(s.substring(lead), begin);
            if (tokens.isEmpty()) {
                continue;
            }
            List<EntityMention> mentions = new ArrayList<>();
            tokens = tag(text, tokens, mentions);
            sentences.add(new Sentence(sentences.size(), begin, sm.end(), text.substring(begin, sm.end()), tokens, mentions,
                    List.of()));
        }
        return new AnnotatedDocument(text, sentences);
    }

    private static List<Token> tokens(String s, int offset) {
        List<Token> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(s);
        while (m.find()) {
            String w = m.group();
            out.add(new Token(out.size(), w, w.toLowerCase(Locale.ROOT), pos(w), "O", null, offset + m.start(),
                    offset + m.end()));
        }
        return out;
    }

    private static String pos(String w) {
        char c = w.charAt(0);
        String lower = w.toLowerCase(Locale.ROOT);
        if (Character.isDigit(c)) {
            return "CD";
        }
        if (!Character.isLetter(c)) {
            return c == ',' ? "," : ".";
        }
        if (DETERMINERS.contains(lower)) {
            return "DT";
        }
        if (PREPOSITIONS.contains(lower)) {
            return "IN";
        }
        if (Character.isUpperCase(c)) {
            return "NNP";
        }
        return lower.endsWith("ed") ? "VBD" : "NN";
    }

    /** Entity and date mentions, longest spelling first; returns the tokens with their NER tags set. */
    private List<Token> tag(String text, List<Token> tokens, List<EntityMention> mentions) {
        String[] ner = new String[tokens.size()];
        String[] norm = new String[tokens.size()];
        int i = 0;
        while (i < tokens.size()) {
            int matched = date(tokens, i, ner, norm, text, mentions);
            for (int len = Math.min(longest, tokens.size() - i); matched == 0 && len >= 1; len--) {
                String surface = text.substring(tokens.get(i).begin(), tokens.get(i + len - 1).end());
                String tag = tags.get(surface);
                if (tag != null) {
                    for (int k = i; k < i + len; k++) {
                        ner[k] = tag;
                    }
                    mentions.add(new EntityMention(surface, tag, tokens.get(i).begin(), tokens.get(i + len - 1).end(), i,
                            i + len, null));
                    matched = len;
                }
            }
            i += Math.max(1, matched);
        }
        List<Token> out = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            out.add(new Token(t.index(), t.word(), t.lemma(), t.pos(), ner[t.index()] == null ? "O" : ner[t.index()],
                    norm[t.index()], t.begin(), t.end()));
        }
        return out;
    }

    /** "7 March 2020" or "March 2020" starting at {@code i}; returns the number of tokens taken. */
    private static int date(List<Token> tokens, int i, String[] ner, String[] norm, String text,
                            List<EntityMention> mentions) {
        int first = i;
        Integer day = null;
        if (isNumber(tokens, i, 1, 31) && month(tokens, i + 1) != null) {
            day = Integer.parseInt(tokens.get(i).word());
            i++;
        }
        Month month = month(tokens, i);
        if (month == null || !isNumber(tokens, i + 1, 1000, 2999)) {
            return 0;
        }
        int year = Integer.parseInt(tokens.get(i + 1).word());
        String value = day == null ? String.format(Locale.ROOT, "%04d-%02d", year, month.getValue())
                : String.format(Locale.ROOT, "%04d-%02d-%02d", year, month.getValue(), day);
        int end = i + 2;
        for (int k = first; k < end; k++) {
            ner[k] = "DATE";
            norm[k] = value;
        }
        int b = tokens.get(first).begin();
        int e = tokens.get(end - 1).end();
        mentions.add(new EntityMention(text.substring(b, e), "DATE", b, e, first, end, value));
        return end - first;
    }

    private static boolean isNumber(List<Token> tokens, int i, int min, int max) {
        if (i >= tokens.size() || !tokens.get(i).word().chars().allMatch(Character::isDigit) || tokens.get(i).word().length() > 4) {
            return false;
        }
        int n = Integer.parseInt(tokens.get(i).word());
        return n >= min && n <= max;
    }

    private static Month month(List<Token> tokens, int i) {
        if (i >= tokens.size()) {
            return null;
        }
        try {
            return Month.valueOf(tokens.get(i).word().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
