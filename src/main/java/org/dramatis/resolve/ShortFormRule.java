package org.dramatis.resolve;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dramatis.extract.ActorMention;
import org.dramatis.model.ActorType;

/**
 * Joins a short form ("Nadhimi", "the Victory Front") to the only longer name in the document it is part of
 * ("Hamid al-Nadhimi", "Victory Front Alliance"); with two such names it stays alone. A person's short form is any run
 * of the full name's words, not only its last: many naming traditions shorten to the given name or the first two
 * names ("Abiy" of "Abiy Ahmed", "Hassan Sheikh" of "Hassan Sheikh Mohamud"), family-name-first ones to the first
 * word; but a name of three words or more ending a longer one is a father's ("Ali Abdullah Saleh" in "Ahmed Ali
 * Abdullah Saleh"); the full name may be one the tagger typed as a group or a place when it is shaped like a person's
 * ({@link PersonShape}). A one-word name the tagger typed as a place or a group that is the surname of the only such
 * person ("Shekari" tagged LOCATION beside "Mohsen Shekari") is that person, unless it is a listed capital or country.
 * A group's short form refers back: one the text writes before the longer name ("Hezbollah fired rockets ... Kataib
 * Hezbollah suspended its attacks") names a group of its own, while a person's surname may come first (a headline's
 * "Nadhimi"). A group named with a nationality word ("the Qadiri Nasrullah") is its own group until the text joins
 * them: a later "Nasrullah" of the same article refers back to it, another article's "Nasrullah" or "Kataib Nasrullah"
 * is another group, and so is one the article gives another state or place ("the Veloria Nasrullah" after "the Qadiri
 * Nasrullah", "Veloria's Nasrullah", "the Nasrullah in Zayan"). A one-word group name and its plural ("Houthi", "the Houthis") are one group, and a person whose
 * surname is that word does not take the singular. A one-word name the text mostly uses as a place ("born in Daura",
 * "flew home to Daura") is a town a tagger typed as a person, not the surname of "Lawal Daura".
 */
record ShortFormRule(NameKeys keys, GenericWords generic, PersonShape personShape, ImpersonalUse impersonal) {
    private static final String PLACE_USE = "stands where a place does in most of its mentions";
    /** A one-word place written right after a name ("the Socialist Party in Zayan", "the Red Crescent of Harqania"). */
    private static final Pattern PLACE_AFTER = Pattern.compile("\\s+(?:in|of)\\s+(\\p{Lu}[\\p{L}'\u2019-]*)(?![\\p{L}-]|\\s+\\p{Lu})");

    /** Whether a cluster's reasons say its one-word name is used as a place, so is no person's surname. */
    static boolean usedAsPlace(List<String> reasons) {
        return reasons.stream().anyMatch(r -> r.contains("' " + PLACE_USE));
    }

    void apply(String text, List<MentionInfo> infos, MentionUnions u) {
        joinSingulars(infos, u);
        List<String> places = new ArrayList<>();
        for (MentionInfo m : infos) {
            if (m.cls() == 'G' && m.tokens().size() == 1) {
                places.add(m.display());
            }
        }
        Map<Integer, Integer> longest = new HashMap<>();
        Map<Integer, Integer> first = new HashMap<>();
        for (int i = 0; i < infos.size(); i++) {
            int root = u.find(i);
            first.putIfAbsent(root, i);
            Integer cur = longest.get(root);
            if (cur == null || infos.get(i).tokens().size() > infos.get(cur).tokens().size()) {
                longest.put(root, i);
            }
        }
        List<int[]> pairs = new ArrayList<>();
        // clusters read as a person's name after all: a surname or a full name the tagger typed as a group or a place
        Set<Integer> persons = new HashSet<>();
        for (var entry : longest.entrySet()) {
            MentionInfo shortForm = infos.get(entry.getValue());
            if (shortForm.tokens().isEmpty()
                    || (shortForm.tokens().size() == 1 && generic.isGeneric(shortForm.tokens().get(0)))) {
                continue;
            }
            if (shortForm.cls() != 'P') {
                int person = strayedSurname(infos, u, first, entry.getKey(), shortForm);
                if (person >= 0) {
                    pairs.add(new int[] {person, entry.getValue()});
                    persons.add(entry.getKey());
                    continue;
                }
            }
            if (shortForm.cls() == 'G') {
                continue;
            }
            int owner = u.onlyCluster(infos.size(), j -> u.find(j) != entry.getKey() && ownerClass(infos.get(j), shortForm)
                    && contains(infos.get(j), shortForm, places));
            boolean place = shortForm.cls() == 'P' && shortForm.tokens().size() == 1
                    && mostlyAPlace(text, infos, u, entry.getKey());
            if (place) {
                u.note(entry.getValue(), "'" + shortForm.display() + "' " + PLACE_USE + " (\"born in X\", \"home to X\"), so it is"
                        + " no person's surname");
            }
            if (owner >= 0 && (shortForm.cls() == 'P' ? !inAnotherName(infos, shortForm, infos.get(owner)) && !place
                    : first.get(u.find(owner)) < first.get(entry.getKey())
                    && !anotherState(text, infos, u, entry.getKey(), infos.get(owner), places))) {
                pairs.add(new int[] {owner, entry.getValue()});
                if (infos.get(owner).cls() != shortForm.cls()) {
                    persons.add(u.find(owner));
                }
            }
        }
        for (int i = 0; i < infos.size(); i++) {
            if (persons.contains(u.find(i))) {
                infos.set(i, infos.get(i).retyped(ActorType.PERSON, 'P'));
            }
        }
        for (int[] p : pairs) {
            MentionInfo full = infos.get(p[0]);
            MentionInfo part = infos.get(p[1]);
            u.join(p[0], p[1], "'" + part.display() + "' is a short form of the only matching full name '" + full.display() + "'");
        }
    }

    /**
     * Whether at least two, and at least half, of the one-word mentions of cluster {@code root} stand where a place does
     * ("born in Daura", "flew home to Daura"; {@link ImpersonalUse#afterPlaceCue}), not as a possessive: a town a tagger
     * typed as a person, not the surname of a person named in full ("Lawal Daura").
     */
    private boolean mostlyAPlace(String text, List<MentionInfo> infos, MentionUnions u, int root) {
        int all = 0;
        int places = 0;
        for (int i = 0; i < infos.size(); i++) {
            ActorMention m = infos.get(i).mention();
            if (u.find(i) != root || infos.get(i).tokens().size() != 1) {
                continue;
            }
            all++;
            boolean possessive = text.startsWith("'s", m.end()) || text.startsWith("\u2019s", m.end());
            if (!possessive && impersonal.afterPlaceCue(text, m.begin())) {
                places++;
            }
        }
        return places >= 2 && 2 * places >= all;
    }

    /**
     * Whether the group {@code full} is named with a state's nationality word ("the Qadiri Nasrullah") and a mention of
     * the short form's cluster {@code root} is given another state by the word before it ("Veloria's Nasrullah", "the
     * Velorian Nasrullah"): two states' groups of one name, not one group.
     */
    private boolean anotherState(String text, List<MentionInfo> infos, MentionUnions u, int root, MentionInfo full,
                                 List<String> places) {
        String[] words = full.mention().text().strip().split("\\s+");
        int w = words.length > 1 && words[0].equalsIgnoreCase("the") ? 1 : 0;
        String own = w < words.length - 1 ? state(words[w], places) : null;
        if (own == null) {
            return false;
        }
        for (int i = 0; i < infos.size(); i++) {
            if (u.find(i) != root) {
                continue;
            }
            int begin = infos.get(i).mention().begin();
            if (begin <= 0 || begin > text.length()) {
                continue;
            }
            String before = text.substring(Math.max(0, begin - 40), begin).stripTrailing();
            String word = before.substring(before.lastIndexOf(' ') + 1);
            String state = word.isEmpty() ? null : state(word, places);
            if (state != null && !state.equals(own)) {
                return true;
            }
            // "the Socialist Party in Zayan" after "the Sarmadian Socialist Party": a place of its own after it.
            int end = Math.min(infos.get(i).mention().end(), text.length());
            Matcher after = PLACE_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 40)));
            String there = after.lookingAt() ? state(after.group(1), places) : null;
            if (there != null && !there.equals(own)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The state a word names, possessive or not ("Iran's"): a listed nationality adjective's or country's
     * ({@link NameKeys#stateOf}), else a one-word place of the document ({@code places}) it is or is a nationality word
     * of ("Qadiri" of "Qadira").
     */
    private String state(String word, List<String> places) {
        String w = word.replaceAll("['’]s$", "");
        return places.contains(w) && keys.stateOf(w) == null ? w : keys.stateOf(w, places);
    }

    /** "Houthi fighters" and "the Houthis": a one-word group name and its plural are one group. */
    private static void joinSingulars(List<MentionInfo> infos, MentionUnions u) {
        for (int i = 0; i < infos.size(); i++) {
            MentionInfo one = infos.get(i);
            if (one.cls() != 'O' || one.tokens().size() != 1) {
                continue;
            }
            for (int j = 0; j < infos.size(); j++) {
                MentionInfo many = infos.get(j);
                if (many.cls() == 'O' && many.tokens().size() == 1 && many.display().equalsIgnoreCase(one.display() + "s")) {
                    u.join(j, i, "'" + one.display() + "' is the singular of the group name '" + many.display() + "'");
                    break;
                }
            }
        }
    }

    /**
     * The person mention whose full name ends with the one word {@code shortForm} (tagged a place or a group, the
     * longest of its cluster {@code root}) when exactly one person of the document has such a name, the word is no
     * listed capital or country, no group of the document is named by its plural ("the Houthis") and the text writes
     * the full name first (a place the article names before any such person is a place); -1 otherwise.
     */
    private int strayedSurname(List<MentionInfo> infos, MentionUnions u, Map<Integer, Integer> first, int root,
                               MentionInfo shortForm) {
        List<String> p = shortForm.tokens();
        if (p.size() != 1 || personShape.listedPlace(shortForm.display())
                || keys.countryOfDemonym(shortForm.mention().text()) != null) {
            return -1;
        }
        String plural = shortForm.display() + "s";
        if (infos.stream().anyMatch(m -> m.cls() == 'O' && m.display().equalsIgnoreCase(plural))) {
            // "Houthi fighters" beside "the Houthis": the group's singular, even where a person bears it as surname.
            return -1;
        }
        int person = u.onlyCluster(infos.size(), j -> {
            List<String> f = infos.get(j).tokens();
            return u.find(j) != root && infos.get(j).cls() == 'P' && f.size() > 1 && f.get(f.size() - 1).equals(p.get(0));
        });
        return person >= 0 && first.get(u.find(person)) < first.get(root) ? person : -1;
    }

    /** Whether {@code full} may own {@code part}: the same type class, or a person-shaped group or place name for a person. */
    private boolean ownerClass(MentionInfo full, MentionInfo part) {
        return full.cls() == part.cls()
                || part.cls() == 'P' && personShape.fits(full.mention().text(), full.type());
    }

    /**
     * Whether a person's name of three words or more ends a longer one: in a chain of given names ("Ahmed Ali Abdullah
     * Saleh", Ahmed son of Ali Abdullah Saleh) that is the father's full name, not a short form of the son's.
     */
    static boolean patronymic(List<String> full, List<String> part) {
        return part.size() >= 3 && full.size() > part.size() && full.subList(full.size() - part.size(), full.size()).equals(part);
    }

    /**
     * Persons: the short form's tokens are a run of the full name's. Others: a run inside it, the rest being generic words or the
     * full name's nationality words (a listed one, or one built from a one-word place of the article, {@code places}).
     */
    private boolean contains(MentionInfo full, MentionInfo part, List<String> places) {
        List<String> f = full.tokens();
        List<String> p = part.tokens();
        if (f.size() <= p.size()) {
            return false;
        }
        if (part.cls() == 'P') {
            return Collections.indexOfSubList(f, p) >= 0 && !patronymic(f, p);
        }
        for (int start = 0; start + p.size() <= f.size(); start++) {
            if (f.subList(start, start + p.size()).equals(p)) {
                List<String> rest = new ArrayList<>(f.subList(0, start));
                rest.addAll(f.subList(start + p.size(), f.size()));
                if (generic.allGeneric(rest) || nationalityKeys(full.display(), places).containsAll(rest)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a longer name the tagger gave another type, not shaped like a person's, ends with a person's surname or
     * holds a person's other short form, so that the short form may be that name's too ("Sadr" beside "Mohammed Baqir
     * al-Sadr" and a "Sadr Brigades" tagged as a group).
     */
    private boolean inAnotherName(List<MentionInfo> infos, MentionInfo shortForm, MentionInfo owner) {
        List<String> p = shortForm.tokens();
        boolean surname = endsWith(owner.tokens(), p);
        for (MentionInfo m : infos) {
            List<String> t = m.tokens();
            if (m.cls() != 'P' && t.size() > p.size() && !m.key().equals(owner.key())
                    && !personShape.fits(m.mention().text(), m.type())
                    && (surname ? endsWith(t, p) : Collections.indexOfSubList(t, p) >= 0)) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWith(List<String> full, List<String> part) {
        return full.size() >= part.size() && full.subList(full.size() - part.size(), full.size()).equals(part);
    }

    /** The keys of the nationality words of a name ("qdr" for "Qadiri" in "the Qadiri Nasrullah") and its generic words. */
    private Set<String> nationalityKeys(String name, List<String> places) {
        Set<String> out = new HashSet<>();
        for (String word : name.strip().split("\\s+")) {
            if (keys.isNationalityWord(word, places)) {
                out.addAll(keys.tokens(word));
            }
        }
        for (String t : keys.tokens(name)) {
            if (generic.isGeneric(t)) {
                out.add(t);
            }
        }
        return out;
    }
}
