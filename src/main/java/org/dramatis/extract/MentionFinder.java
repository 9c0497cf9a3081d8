package org.dramatis.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dramatis.model.ActorType;
import org.dramatis.nlp.AnnotatedDocument;
import org.dramatis.nlp.EntityMention;
import org.dramatis.nlp.Sentence;
import org.dramatis.nlp.Token;

/**
 * Finds actor mentions: CoreNLP's entity mentions of actor types, cleaned by general rules, plus mentions the rules
 * see but NER missed (capitalized names ending in an organization head noun, lowercase state bodies, demonyms,
 * surnames already seen in a full name).
 */
final class MentionFinder {
    /** A mention before it gets its document index; {@code tokenBegin/tokenEnd} are within the sentence. */
    static final class Draft {
        final int sentence;
        final int tokenBegin;
        final int tokenEnd;
        final int begin;
        final int end;
        final String text;
        ActorType type;
        final String source;
        /** For a nationality adjective ("Iranian", "Qadiri"), the name of its country; else null. */
        String countryName;

        Draft(int sentence, int tokenBegin, int tokenEnd, String text, ActorType type, String source, int begin, int end) {
            this.sentence = sentence;
            this.tokenBegin = tokenBegin;
            this.tokenEnd = tokenEnd;
            this.text = text;
            this.type = type;
            this.source = source;
            this.begin = begin;
            this.end = end;
        }
    }

    private final Lexicons lex;
    private final PatternMentions patterns;
    private final TitleBodies titleBodies;

    MentionFinder(Lexicons lex) {
        this.lex = lex;
        this.patterns = new PatternMentions(lex);
        this.titleBodies = new TitleBodies(lex);
    }

    List<Draft> find(AnnotatedDocument doc) {
        return find(doc, new RuleGuard("document"));
    }

    /**
     * Every actor mention of the document. Each step runs per sentence (or once over the document) behind the guard:
     * a step that throws loses only the mentions it was adding.
     */
    List<Draft> find(AnnotatedDocument doc, RuleGuard guard) {
        List<Draft> out = new ArrayList<>();
        Set<String> surnames = new HashSet<>();
        for (Sentence s : doc.sentences()) {
            sentenceStep(guard, "mentions.ner", s, out, () -> addNerMentions(doc, s, surnames, out));
        }
        for (Sentence s : doc.sentences()) {
            sentenceStep(guard, "mentions.organizations", s, out, () -> patterns.addOrganizations(doc, s, out));
            sentenceStep(guard, "mentions.places", s, out, () -> patterns.addPlaceNames(doc, s, out));
            sentenceStep(guard, "mentions.opened-organizations", s, out, () -> patterns.addOpenedOrganizations(doc, s, out));
            sentenceStep(guard, "mentions.demonyms", s, out, () -> addDemonyms(doc, s, out));
            sentenceStep(guard, "mentions.led-groups", s, out, () -> addLedGroups(doc, s, out));
            sentenceStep(guard, "mentions.surnames", s, out, () -> addSurnames(doc, s, surnames, out));
            sentenceStep(guard, "mentions.title-bodies", s, out, () -> titleBodies.add(doc, s, out));
        }
        documentStep(guard, "mentions.derived-demonyms", out, () -> {
            DerivedDemonyms derived = new DerivedDemonyms(doc, out, lex.places().demonymForms());
            derived.apply(doc, out);
            trimLeadingDemonyms(doc, out, derived);
        });
        documentStep(guard, "mentions.acronyms", out, () -> NameRepeats.addAcronyms(doc, out));
        documentStep(guard, "mentions.repeats", out, () -> NameRepeats.addRepeats(doc, out));
        documentStep(guard, "mentions.group-singulars", out, () -> NameRepeats.addSingulars(doc, out));
        documentStep(guard, "mentions.backing-prefixes", out, () -> BackingPrefixes.add(doc, out, lex));
        out.sort(Comparator.comparingInt((Draft d) -> d.begin).thenComparingInt(d -> -d.end));
        List<Draft> kept = removeOverlaps(out);
        documentStep(guard, "mentions.harmonize-types", kept, () -> TypeRepair.harmonize(kept));
        documentStep(guard, "mentions.places-used-as-places", kept, () -> PlaceUse.apply(doc, kept, lex));
        List<Draft> split = new ArrayList<>(kept);
        documentStep(guard, "mentions.forces-of-places", split, () -> {
            List<Draft> result = splitForcesOfPlaces(doc, kept);
            split.clear();
            split.addAll(result);
        });
        return split;
    }

    private static void sentenceStep(RuleGuard guard, String rule, Sentence s, List<Draft> out, Runnable body) {
        int before = out.size();
        guard.run(rule, s.index(), body, () -> out.subList(before, out.size()).clear());
    }

    /** A step over the whole document: on failure the list is put back as it was before the step. */
    private static void documentStep(RuleGuard guard, String rule, List<Draft> out, Runnable body) {
        List<Draft> before = new ArrayList<>(out);
        guard.run(rule, -1, body, () -> {
            out.clear();
            out.addAll(before);
        });
    }

    private void addNerMentions(AnnotatedDocument doc, Sentence s, Set<String> surnames, List<Draft> out) {
        for (EntityMention m : PlaceSpans.whole(doc, s, lex)) {
            ActorType type = ActorType.fromNerTag(m.tag()).orElse(null);
            if (type == null || isPronoun(s, m.tokenBegin(), m.tokenEnd()) || m.tokenEnd() - m.tokenBegin() == 1
                    && lex.places().stateWords().contains(s.tokens().get(m.tokenBegin()).word().toLowerCase(Locale.ROOT))) {
                continue;
            }
            int tb = m.tokenBegin();
            for (int skipped = tb; ; tb = skipped) {
                while (skipped < m.tokenEnd() - 1 && lex.titles().honorifics().contains(s.tokens().get(skipped).word().toLowerCase(Locale.ROOT))) {
                    skipped++;
                }
                if (type == ActorType.PERSON) {
                    // "His Royal Highness the Crown Prince Prince X": titles before a person's name are no part of it.
                    skipped = afterTitle(s, skipped, m.tokenEnd());
                }
                if (skipped == tb) {
                    break;
                }
            }
            if (type == ActorType.PERSON && m.tokenEnd() - tb > 2 && followsTitleOf(s, tb)) {
                // "Minister of Oil Salim X": NER often takes the office's last word into the name.
                tb++;
            }
            if (type == ActorType.COUNTRY || type == ActorType.LOCATION) {
                // "the Kingdom of Vessa": a place NER did not know is a state when its formal name says so.
                int formal = formalNameStart(s.tokens(), tb);
                type = formal < tb ? ActorType.COUNTRY : type;
                tb = formal;
            }
            Draft d = withoutBackingSuffix(draft(doc, s, tb, m.tokenEnd(), type, "ner"));
            out.add(d);
            if (type == ActorType.PERSON && m.tokenEnd() - tb > 1) {
                surnames.add(bareSurname(s.tokens().get(m.tokenEnd() - 1).word()));
            }
        }
    }

    /**
     * "the Vanguard Corps of Dastgar": a force (a name ending in an organization head that is no institution) "of" a
     * place the document names on its own is two actors, the force and the place; "Central Bank of Qadira" and
     * "Officers Academy of Dastgar" stay whole.
     */
    private List<Draft> splitForcesOfPlaces(AnnotatedDocument doc, List<Draft> kept) {
        Set<String> places = new HashSet<>();
        for (Draft d : kept) {
            if (d.type == ActorType.COUNTRY || d.type == ActorType.LOCATION) {
                places.add(d.countryName != null ? d.countryName : d.text);
            }
        }
        List<Draft> out = new ArrayList<>(kept.size());
        for (Draft d : kept) {
            Sentence s = doc.sentences().get(d.sentence);
            int of = d.type == ActorType.ORGANIZATION ? ofIndex(s, d) : -1;
            if (of < 0) {
                out.add(d);
                continue;
            }
            int placeBegin = s.tokens().get(of + 1).word().equalsIgnoreCase("the") ? of + 2 : of + 1;
            Draft force = draft(doc, s, d.tokenBegin, of, ActorType.ORGANIZATION, d.source);
            Draft place = placeBegin < d.tokenEnd ? draft(doc, s, placeBegin, d.tokenEnd, ActorType.LOCATION, "pattern") : null;
            if (place == null || !places.contains(place.text) || !force.text.contains(" ")) {
                out.add(d);
                continue;
            }
            for (Draft p : kept) {
                if (p.text.equals(place.text) && p.countryName == null) {
                    place.type = p.type;
                }
            }
            out.add(force);
            out.add(place);
        }
        return out;
    }

    /** The "of" inside an organization name whose part before it ends in a force's head noun, or -1. */
    private int ofIndex(Sentence s, Draft d) {
        for (int k = d.tokenBegin + 1; k < d.tokenEnd - 1; k++) {
            if (s.tokens().get(k).word().equals("of")) {
                String head = s.tokens().get(k - 1).word().toLowerCase(Locale.ROOT);
                boolean institution = false;
                for (int t = d.tokenBegin; t < k; t++) {
                    institution |= lex.bodies().institutionHeads().contains(s.tokens().get(t).word().toLowerCase(Locale.ROOT));
                }
                return lex.bodies().orgHeads().contains(head) && !institution ? k : -1;
            }
        }
        return -1;
    }

    /**
     * Whether the tokens before {@code tb} are a capitalized title and "of" inside the sentence ("... Minister of").
     * A capitalized title is a formal one whose of-phrase is a portfolio; a lowercase "the leader of X" names a body.
     */
    /** The token after a capitalized title opening {@code [tb, end)} that leaves a name behind, else {@code tb}. */
    private int afterTitle(Sentence s, int tb, int end) {
        for (int n = Math.min(lex.titles().longestRole(), end - tb - 1); n >= 1; n--) {
            StringBuilder sb = new StringBuilder();
            for (int k = tb; k < tb + n; k++) {
                sb.append(k == tb ? "" : " ").append(s.tokens().get(k).word().toLowerCase(Locale.ROOT));
            }
            if (Character.isUpperCase(s.tokens().get(tb).word().charAt(0)) && lex.titles().role(sb.toString()) != null) {
                return tb + n;
            }
        }
        return tb;
    }

    private boolean followsTitleOf(Sentence s, int tb) {
        if (tb < 3 || !s.tokens().get(tb - 1).word().equals("of")) {
            return false;
        }
        Token title = s.tokens().get(tb - 2);
        return Character.isUpperCase(title.word().charAt(0))
                && ("TITLE".equals(title.ner()) || lex.titles().role(title.word().toLowerCase(Locale.ROOT)) != null);
    }

    /**
     * "the Qadiri Ministry of Foreign Affairs": a nationality adjective before a body named "Head of Complement" says
     * whose body it is and is not part of its name, which is "Ministry of Foreign Affairs"; the adjective stays a
     * country mention. Names where the adjective is part of the name ("Syrian Democratic Forces") have no "of" complement.
     */
    private void trimLeadingDemonyms(AnnotatedDocument doc, List<Draft> out, DerivedDemonyms derived) {
        for (int k = 0; k < out.size(); k++) {
            Draft d = out.get(k);
            List<Token> t = doc.sentences().get(d.sentence).tokens();
            // Also the pattern's "Qadiri Ministry" (head noun and the words before it), which would hide the adjective.
            if (d.type != ActorType.ORGANIZATION || d.tokenEnd - d.tokenBegin < 2 || d.tokenBegin + 2 >= t.size()) {
                continue;
            }
            String first = t.get(d.tokenBegin).word();
            boolean demonym = lex.places().countryOfDemonym(first) != null || derived.countryOf(first) != null;
            if (demonym && lex.bodies().orgHeads().contains(t.get(d.tokenBegin + 1).word().toLowerCase(Locale.ROOT))
                    && t.get(d.tokenBegin + 2).word().equals("of")) {
                Draft trimmed = draft(doc, doc.sentences().get(d.sentence), d.tokenBegin + 1, d.tokenEnd, d.type, d.source);
                out.set(k, trimmed);
            }
        }
    }

    /**
     * "the Kingdom of Saudi Arabia", "the Islamic Republic of Iran", "the State of Qatar": where a country's formal
     * name begins when NER tagged only its short name, or {@code tb} when there is no such name before it. A name
     * opened by "Democratic" or "People's" is left as tagged, since those words tell states apart.
     */
    private int formalNameStart(List<Token> t, int tb) {
        int of = tb > 0 && t.get(tb - 1).word().equalsIgnoreCase("the") ? tb - 2 : tb - 1;
        if (of < 1 || !t.get(of).word().equals("of") || !isCapitalized(t.get(of - 1))
                || !lex.places().stateWords().contains(t.get(of - 1).word().toLowerCase(Locale.ROOT))) {
            return tb;
        }
        int start = of - 1;
        while (start > 0 && isCapitalized(t.get(start - 1))
                && lex.places().stateQualifiers().contains(t.get(start - 1).word().toLowerCase(Locale.ROOT))) {
            start--;
        }
        String before = start > 0 ? t.get(start - 1).word() : "";
        return before.equals("Democratic") || before.startsWith("People") ? tb : start;
    }

    private static boolean isCapitalized(Token t) {
        return !t.word().isEmpty() && Character.isUpperCase(t.word().charAt(0));
    }

    /** "Iran-backed" tagged as a country is a mention of "Iran": the suffix says what Iran does, not who it is. */
    private Draft withoutBackingSuffix(Draft d) {
        int dash = d.text.lastIndexOf('-');
        if (dash <= 0 || !lex.relations().backingSuffixes().containsKey(d.text.substring(dash + 1).toLowerCase(Locale.ROOT))) {
            return d;
        }
        return new Draft(d.sentence, d.tokenBegin, d.tokenEnd, d.text.substring(0, dash), d.type, d.source, d.begin,
                d.begin + dash);
    }

    private void addDemonyms(AnnotatedDocument doc, Sentence s, List<Draft> out) {
        for (Token tok : s.tokens()) {
            String w = tok.word();
            if ("NATIONALITY".equals(tok.ner()) && lex.places().isCountryName(w)) {
                // "Myanmar's armed forces", "defend Myanmar": a country's own name the tagger took for a nationality.
                Draft d = draft(doc, s, tok.index(), tok.index() + 1, ActorType.COUNTRY, "pattern");
                d.countryName = w;
                out.add(d);
                continue;
            }
            int off = 0;
            for (String part : w.split("-")) {
                if (!part.isEmpty() && lex.places().countryOfDemonym(part) != null && !"MISC".equals(tok.ner()) || isProDemonym(w, part)) {
                    int b = tok.begin() + off;
                    Draft d = new Draft(s.index(), tok.index(), tok.index() + 1, doc.text().substring(b, b + part.length()),
                            ActorType.COUNTRY, "pattern", b, b + part.length());
                    d.countryName = lex.places().countryOfDemonym(part);
                    out.add(d);
                }
                off += part.length() + 1;
            }
        }
    }

    /**
     * "the US-led coalition", "a Saudi-led alliance": a group a state leads, named by the two words together (its
     * leader is found by {@code StructureRules}). The state is a demonym or a name of one the text uses on its own.
     */
    private void addLedGroups(AnnotatedDocument doc, Sentence s, List<Draft> out) {
        List<Token> t = s.tokens();
        for (int i = 0; i + 1 < t.size(); i++) {
            String w = t.get(i).word();
            String state = w.endsWith("-led") ? w.substring(0, w.length() - 4) : null;
            if (state == null || state.isEmpty() || !lex.bodies().orgHeads().contains(t.get(i + 1).word().toLowerCase(Locale.ROOT))
                    || !Character.isUpperCase(state.charAt(0))) {
                continue;
            }
            if (lex.places().countryOfDemonym(state) != null || out.stream().anyMatch(d -> d.type == ActorType.COUNTRY && d.text.equals(state))) {
                out.add(draft(doc, s, i, i + 2, ActorType.ORGANIZATION, "pattern"));
            }
        }
    }

    private boolean isProDemonym(String word, String part) {
        return word.startsWith("pro-") && lex.places().countryOfDemonym(part) != null;
    }

    private void addSurnames(AnnotatedDocument doc, Sentence s, Set<String> surnames, List<Draft> out) {
        for (Token tok : s.tokens()) {
            if (tok.pos() != null && tok.pos().startsWith("NNP") && ("O".equals(tok.ner()) || "MISC".equals(tok.ner())) && surnames.contains(bareSurname(tok.word()))) {
                out.add(draft(doc, s, tok.index(), tok.index() + 1, ActorType.PERSON, "pattern"));
            }
        }
    }

    /** Keeps the longer of overlapping spans, so "Hezbollah Brigades" (pattern) replaces "Hezbollah" (NER). */
    private static List<Draft> removeOverlaps(List<Draft> sorted) {
        List<Draft> kept = new ArrayList<>();
        for (Draft d : sorted) {
            Draft last = kept.isEmpty() ? null : kept.get(kept.size() - 1);
            if (last != null && d.begin < last.end) {
                boolean longer = d.end - d.begin > last.end - last.begin;
                // "Asaib Ahl al-Salih" opens with a faction word: the pattern's organization beats NER's person.
                boolean openedBody = d.begin == last.begin && d.end == last.end && d.type == ActorType.ORGANIZATION
                        && d.source.equals("pattern") && last.type == ActorType.PERSON;
                if (longer || openedBody) {
                    kept.set(kept.size() - 1, d);
                }
                continue;
            }
            kept.add(d);
        }
        return kept;
    }

    private static boolean isPronoun(Sentence s, int tb, int te) {
        for (int i = tb; i < te; i++) {
            String p = s.tokens().get(i).pos();
            if (p == null || !(p.startsWith("PRP") || p.startsWith("WP"))) {
                return false;
            }
        }
        return true;
    }

    static String bareSurname(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (String prefix : List.of("al-", "el-", "al ", "el ")) {
            if (w.startsWith(prefix)) {
                w = w.substring(prefix.length());
            }
        }
        return w;
    }

    static Draft draft(AnnotatedDocument doc, Sentence s, int tb, int te, ActorType type, String source) {
        int b = s.tokens().get(tb).begin();
        int e = s.tokens().get(te - 1).end();
        return new Draft(s.index(), tb, te, doc.text().substring(b, e), type, source, b, e);
    }
}
