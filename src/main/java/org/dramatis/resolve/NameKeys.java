package org.dramatis.resolve;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.dramatis.extract.DemonymForms;
import org.dramatis.lexicon.LexiconFiles;
import org.dramatis.model.ActorType;

/**
 * Display names and transliteration-aware matching keys for actor names.
 *
 * <p>A key folds the spellings one Arabic or Persian name takes in Latin script: "Nadhimi", "Nazemi" and "al-Nazimi"
 * all give {@code "ndmi"}; "Abdel Karim", "Abdul-Karim" and "Abd al-Karim" all give {@code "abdkrm"}. Script
 * conversion is ICU's ({@code Any-Latin; Latin-ASCII}); on top of it the key drops the article, merges the letters
 * Latin spellings confuse (dh/z/th/d, q/k/c/gh, kh/h, sh/ch, ou/oo/u, ee/i), single-letters doubled ones, drops inner vowels
 * and keeps a coarse class for a leading and a final vowel, so that "Nazemi" and "Nazem" stay apart.
 *
 * <p>Honorifics come from {@code dramatis/lexicon/honorifics.txt} (the list extraction reads too) and British
 * spellings from {@code dramatis/lexicon/spelling.tsv}, each with the user's files of its kind ({@link LexiconFiles});
 * the keys carry those files for the rest of resolution ({@link #files()}).
 */
public final class NameKeys {
    private static final Set<String> ARTICLES = Set.of("al", "el", "ul", "il");
    /** Sun-letter forms of the article; only taken as the article when written with a hyphen ("as-Salam"). */
    private static final Set<String> HYPHEN_ARTICLES = Set.of("ad", "as", "an", "ar", "at", "az", "ash", "adh", "ath", "ed", "es", "en", "er", "et", "ez", "esh");
    private static final Set<String> ABD = Set.of("abd", "abdul", "abdel", "abdal", "abdol", "abdil", "abdool");
    private static final Set<String> SON_OF = Set.of("bin", "ibn", "ben", "bint", "bn");
    private static final Set<String> FATHER_OF = Set.of("abu", "abou", "abo", "bou");
    private static final String[][] DIGRAPHS = {
        {"kh", "h"}, {"gh", "q"}, {"sh", "S"}, {"ch", "S"}, {"th", "d"}, {"dh", "d"}, {"zh", "j"}, {"ph", "f"},
        {"ck", "k"}, {"dj", "j"}, {"ou", "u"}, {"oo", "u"}, {"ee", "i"}, {"x", "ks"}
    };

    private final Transliterator toAscii = Transliterator.getInstance("Any-Latin; Latin-ASCII");
    private final Normalizer2 nfc = Normalizer2.getNFCInstance();
    private final LexiconFiles files;
    private final Honorifics honorifics;
    private final SpellingRules spellings;
    private final StateNames states;
    private final DemonymForms demonymForms;
    private final Acronyms acronyms = new Acronyms(this::ascii);
    private final Map<String, List<String>> tokenCache = new ConcurrentHashMap<>();
    private final Map<String, String> displayCache = new ConcurrentHashMap<>();

    private NameKeys(LexiconFiles files) {
        this.files = files;
        this.honorifics = new Honorifics(files);
        this.spellings = new SpellingRules(files);
        this.states = new StateNames(files);
        this.demonymForms = DemonymForms.load(files);
    }

    /** Keys with the bundled honorifics and spelling rules. */
    public static NameKeys load() {
        return load(LexiconFiles.bundled());
    }

    /** Keys with the bundled data plus the user's honorifics and spelling rules these files carry. */
    public static NameKeys load(LexiconFiles files) {
        return new NameKeys(files);
    }

    /** The data files these keys were made from: the rest of resolution reads its word lists there. */
    public LexiconFiles files() {
        return files;
    }

    /** The nationality words built from place names, from the same files. */
    DemonymForms demonymForms() {
        return demonymForms;
    }

    /** Cleans a surface form for display: quotes and apostrophes normalized, leading "the", honorifics and a possessive removed. */
    public String display(String surface) {
        return display(surface, ActorType.PERSON);
    }

    /**
     * Cleans a surface form for display. Honorifics and ranks are stripped only for persons, because for other types
     * they are part of the name ("General Directorate of Ports").
     */
    public String display(String surface, ActorType type) {
        String cacheKey = (type == ActorType.PERSON ? "P\u0000" : "O\u0000") + surface;
        String cached = displayCache.get(cacheKey);
        if (cached == null) {
            if (displayCache.size() > 200_000) {
                displayCache.clear();
            }
            cached = computeDisplay(surface, type);
            displayCache.put(cacheKey, cached);
        }
        return cached;
    }

    private String computeDisplay(String surface, ActorType type) {
        String s = nfc.normalize(surface)
                .replaceAll("[\u2018\u2019\u02BC\u00B4`\u2032]", "'")
                .replaceAll("[\u02BF\u02BE\u02BB]", "")
                .replaceAll("[\u201C\u201D\u201E\u00AB\u00BB\"]", "")
                .replaceAll("\\s+", " ")
                .strip();
        s = s.replaceAll("^[\\p{Punct}&&[^(]]+|[\\p{Punct}&&[^).]]+$", "").strip();
        s = s.replaceAll("(?i)'s$", "").replaceAll("(?<=s)'$", "").strip();
        if (type == ActorType.COUNTRY || type == ActorType.LOCATION) {
            s = states.shortName(s);
        }
        return honorifics.strip(s, type == ActorType.PERSON);
    }

    /** The country a nationality adjective of the demonym list names ("Iranian" → "Iran"), or null. Case-sensitive. */
    public String countryOfDemonym(String name) {
        return states.countryOfDemonym(name);
    }

    /**
     * The country a state word names: a nationality adjective of the demonym list ("Iranian"), or a country of that list
     * itself ("Iran"); null for any other word. Case-sensitive.
     */
    String stateOf(String word) {
        String country = countryOfDemonym(word);
        return country != null ? country : states.isCountry(word) ? word.strip() : null;
    }

    /**
     * The state a word names, possessive or not ("Iran's"): a listed one ({@link #stateOf(String)}), else the one-word
     * place of {@code places} (a document's) that the word is a nationality word of ("Qadiri" of "Qadira"); null
     * otherwise.
     */
    String stateOf(String word, java.util.Collection<String> places) {
        String w = word.replaceAll("['\u2019]s$", "");
        String listed = stateOf(w);
        if (listed != null) {
            return listed;
        }
        for (String p : places) {
            if (demonymForms.isAdjectiveOf(w, p)) {
                return p;
            }
        }
        return null;
    }

    /**
     * Whether {@code name} is a nationality word rather than a name: an adjective of the demonym list, or a word built
     * from one of {@code others}, one-word place names of the same actor ("Qadiri" beside "Qadira"; {@link DemonymForms}).
     */
    public boolean isNationalityWord(String name, java.util.Collection<String> others) {
        if (countryOfDemonym(name) != null) {
            return true;
        }
        for (String other : others) {
            if (demonymForms.isAdjectiveOf(name.strip(), other.strip())) {
                return true;
            }
        }
        return false;
    }

    /** The matching key of a name: its {@link #tokens(String)} joined by spaces; empty if the name has no letters. */
    public String key(String name) {
        return String.join(" ", tokens(name));
    }

    /** The key of the last token (the family name of a person, article dropped); empty if none. */
    public String surnameKey(String name) {
        List<String> tokens = tokens(name);
        return tokens.isEmpty() ? "" : tokens.get(tokens.size() - 1);
    }

    /**
     * The key the last two words of a person's name take when written as one word: "Amirabdollahian" for "Hossein
     * Amir-Abdollahian", "Alkazemi" for "Omar al-Kazemi". Only for two words a hyphen joins or an article opens
     * (words a text may fuse), and only when a word comes before them (they are never the given name); null otherwise,
     * and when the fused key is just the surname's.
     */
    String fusedSurnameKey(String name) {
        String ascii = ascii(name).strip();
        List<String> words = new ArrayList<>();
        List<String> separators = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("[a-z0-9]+").matcher(ascii);
        int end = -1;
        while (m.find()) {
            separators.add(end < 0 ? "" : ascii.substring(end, m.start()));
            words.add(m.group());
            end = m.end();
        }
        int n = words.size();
        if (n < 3) {
            return null;
        }
        String first = words.get(n - 2);
        if (!separators.get(n - 1).equals("-") && !ARTICLES.contains(first)) {
            return null;
        }
        List<String> fused = tokens(first + words.get(n - 1));
        List<String> whole = tokens(name);
        if (fused.size() != 1 || whole.size() < 2 || fused.get(0).equals(whole.get(whole.size() - 1))) {
            return null;
        }
        return fused.get(0);
    }

    /**
     * Key tokens of a name. Articles are dropped, "the" is dropped, and the particles that belong to the next word are
     * glued to it: "Abd al-Karim" is one token {@code abdkrm}, "bin Salim" one token {@code bnslm}.
     */
    public List<String> tokens(String name) {
        return tokenCache.computeIfAbsent(name, this::computeTokens);
    }

    private List<String> computeTokens(String name) {
        if (tokenCache.size() > 200_000) {
            tokenCache.clear(); // a plain bound: names repeat within a batch, not across the whole corpus
        }
        String ascii = ascii(name);
        List<String> raw = new ArrayList<>();
        List<Boolean> hyphenated = new ArrayList<>();
        int i = 0;
        while (i < ascii.length()) {
            char c = ascii.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                i++;
                continue;
            }
            int start = i;
            while (i < ascii.length() && Character.isLetterOrDigit(ascii.charAt(i))) {
                i++;
            }
            raw.add(ascii.substring(start, i));
            hyphenated.add(i < ascii.length() && ascii.charAt(i) == '-');
        }
        List<String> tokens = new ArrayList<>();
        String prefix = "";
        for (int t = 0; t < raw.size(); t++) {
            String word = raw.get(t);
            boolean last = t == raw.size() - 1;
            if (!last && (ARTICLES.contains(word) || (hyphenated.get(t) && HYPHEN_ARTICLES.contains(word)) || word.equals("the"))) {
                continue;
            }
            if (!last && ABD.contains(word)) {
                prefix += "abd";
                continue;
            }
            if (!last && SON_OF.contains(word)) {
                prefix += "bn";
                continue;
            }
            if (!last && FATHER_OF.contains(word)) {
                prefix += "abu";
                continue;
            }
            String glued = "";
            for (String abd : List.of("abdul", "abdel", "abdol", "abdal")) {
                if (word.length() > abd.length() + 2 && word.startsWith(abd)) {
                    glued = "abd";
                    word = word.substring(abd.length());
                    break;
                }
            }
            tokens.add(prefix + glued + skeleton(word));
            prefix = "";
        }
        if (!prefix.isEmpty()) {
            tokens.add(prefix);
        }
        return List.copyOf(tokens);
    }

    /**
     * A name as spelled, without case, diacritics, apostrophes, spaces and the article: "al-Sa'adoun" and "Saadoun" give
     * {@code "saadoun"}, "Sudan" gives {@code "sudan"}. For comparisons where the transliteration key is too loose.
     */
    String spelling(String name) {
        String[] words = ascii(name).split("[^a-z0-9]+");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            boolean last = i == words.length - 1;
            if (!words[i].isEmpty() && (last || !(ARTICLES.contains(words[i]) || words[i].equals("the")))) {
                out.append(words[i]);
            }
        }
        return out.toString();
    }

    /** Lowercase ASCII through ICU, with apostrophes and letter-apostrophes (ayn, hamza) removed. */
    String ascii(String name) {
        String s = name;
        boolean plain = true;
        for (int i = 0; i < s.length() && plain; i++) {
            plain = s.charAt(i) < 128;
        }
        if (!plain) {
            s = nfc.normalize(s);
            synchronized (toAscii) {
                s = toAscii.transliterate(s);
            }
        }
        // Modifier letters (ayn, hamza) and stray non-ASCII marks ICU leaves are spelling noise, not letters.
        return s.toLowerCase(Locale.ROOT).replaceAll("['`\\p{Lm}\\p{Sk}\\p{M}]", "").replaceAll("[^\\x00-\\x7F]", "");
    }

    /** Consonant skeleton of one lowercase ASCII word. */
    String skeleton(String word) {
        if (word.chars().allMatch(Character::isDigit)) {
            return word;
        }
        String w = spellings.american(word);
        for (String[] d : DIGRAPHS) {
            w = w.replace(d[0], d[1]);
        }
        w = w.replace('z', 'd').replace('q', 'k').replace('c', 'k').replace('v', 'w');
        StringBuilder single = new StringBuilder();
        for (int i = 0; i < w.length(); i++) {
            if (i == 0 || w.charAt(i) != w.charAt(i - 1)) {
                single.append(w.charAt(i));
            }
        }
        w = single.toString();
        String finalClass = "";
        if (w.length() > 2 && w.endsWith("h") && isVowel(w.charAt(w.length() - 2))) {
            w = w.substring(0, w.length() - 1);
            finalClass = "a"; // Persian -eh and Arabic -ah, -a spell one ending
        }
        int end = w.length();
        while (end > 1 && isVowel(w.charAt(end - 1))) {
            end--;
        }
        String tail = w.substring(end);
        if (finalClass.isEmpty() && !tail.isEmpty()) {
            if (tail.indexOf('i') >= 0 || tail.indexOf('y') >= 0) {
                finalClass = "i";
            } else if (tail.equals("e")) {
                finalClass = ""; // a silent English e
            } else {
                char v = tail.charAt(tail.length() - 1);
                finalClass = v == 'a' || v == 'e' ? "a" : "u";
            }
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < end; i++) {
            char c = w.charAt(i);
            if (i == 0) {
                out.append(isVowel(c) && c != 'y' ? 'a' : c);
            } else if (!isVowel(c)) {
                out.append(c);
            }
        }
        String result = out.append(finalClass).toString();
        return result.toLowerCase(Locale.ROOT).equals(result) ? result : result.replace("S", "sh").replace("C", "ch");
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
    }

    /**
     * Whether {@code acronym} abbreviates {@code expansion}: "PMF" of "Popular Mobilization Forces", "SaS" of "Saraya
     * al-Salam". Each word gives its first letter; small words (of, the, and, articles) may give nothing; a lowercase
     * letter in the acronym may also continue the previous word ("SaS"). Case is otherwise ignored.
     */
    public boolean isAcronymOf(String acronym, String expansion) {
        return acronyms.isAcronymOf(acronym, expansion);
    }

    /** Initials of a name's words, in two readings (all words, and without small words), lowercase ASCII. */
    List<String> initials(String name) {
        return acronyms.initials(name);
    }

    /** Whether a surface form looks like an acronym: one word, 2-10 letters, at least two capitals ("PMF", "SaS"). */
    public static boolean looksLikeAcronym(String surface) {
        return Acronyms.looksLikeAcronym(surface);
    }
}
