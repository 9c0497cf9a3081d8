package org.dramatis.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says in plain words why the resolver put an actor's spellings together: each internal reason the resolver records
 * ("same transliteration key 'ysf dhbi' ('Yusuf al-Dhahabi')") becomes a sentence an analyst reads without knowing
 * the rules ("Also named “Yusuf al-Dhahabi” in another article: the same name, spelled alike or in another
 * transliteration"). Internal keys are never shown. A reason no rule here knows is shown as recorded, marked as such.
 */
final class ReasonWording {
    /** A sentence and the reason it words, kept for the curious (the dossier puts it in a tooltip). */
    record Line(String sentence, String reason) {
    }

    private record Rule(Pattern pattern, Function<Matcher, String> words) {
    }

    /** Cross-document spellings under one key: gathered into one sentence listing the spellings. */
    private static final Pattern SAME_KEY = Pattern.compile("same transliteration key '.*' \\('(.+)'\\)");
    private static final List<Rule> RULES = new ArrayList<>();

    static {
        rule(SAME_KEY.pattern(), m -> "Also named " + q(m.group(1)) + " in another article: the same name, spelled alike"
                + " or in another transliteration");
        rule("'(.+)' and '(.+)' share the transliteration key '.*'",
                m -> q(m.group(1)) + " and " + q(m.group(2)) + " in one article are the same name spelled differently");
        rule("same bare name key '.*'", m -> "The same one-word name in another article");
        rule("same surname '.*' and given name '.*' \\('(.+)'\\)",
                m -> "Same given name and surname as " + q(m.group(1)) + " in another article");
        rule("same surname '.*', Jaro-Winkler [0-9.]+ on given names .*",
                m -> "Same surname in another article, with given names spelled almost alike");
        rule("same given name '.*', Jaro-Winkler [0-9.]+ on surnames .*",
                m -> "Same given name in another article, with surnames spelled almost alike");
        rule("alias table: '(.+)' is listed for '(.+)'", m -> m.group(1).equals(m.group(2))
                ? q(m.group(1)) + " is on the list of known names"
                : "The list of known names gives " + q(m.group(1)) + " as a name of " + q(m.group(2)));
        rule("glossary: '(.+)' translates '(.+)' \\((.+)\\)", m -> q(m.group(1)) + " and " + q(m.group(2))
                + " are the same name translated (" + glosses(m.group(3)) + ")");
        rule("glossary: (.+) \\('(.+)'\\)", m -> q(m.group(2)) + " holds translated political words (" + glosses(m.group(1))
                + "), so its translations count as the same name");
        rule("acronym (\\S+) is the initials of '(.+)' followed by places this article names",
                m -> q(m.group(1)) + " is the initials of " + q(m.group(2)) + " followed by places its article names");
        rule("acronym (\\S+) of (.+)", m -> q(m.group(1)) + " is the acronym of " + q(m.group(2)) + " in the same article");
        rule("'(.+)' gives the initials of acronym '(.+)' before the places its article names",
                m -> q(m.group(1)) + " has the initials of " + q(m.group(2)) + ", the places its article names aside");
        rule("'(.+)' is a short form of the only matching full name '(.+)'",
                m -> q(m.group(1)) + " is short for " + q(m.group(2)) + ", the only full name in its article that fits");
        rule("apposition '(.+)'", m -> "An article gives both names together: " + q(closeBrackets(m.group(1))));
        rule("'(.+)' is a place here; (?:entity \\d+|'.+') holds it only as its government",
                m -> q(m.group(1)) + " names the place itself in one article, not the government it stands for elsewhere");
        rule("'(.+)' is a generic word, not matched across documents",
                m -> q(m.group(1)) + " is a common word, so it is not matched with the same word in other articles");
        rule("capital '(.+)' stands for its government, (.+)",
                m -> q(m.group(1)) + " stands for the government of " + m.group(2) + " where an article uses it that way");
        rule("'(.+)' and '(.+)' share the surname but not the given name",
                m -> q(m.group(1)) + " and " + q(m.group(2)) + " share a surname but not a given name, so they are kept apart");
        rule("'(.+)' is the surname of the only full-name entity '(.+)'",
                m -> q(m.group(1)) + " on its own is the surname of " + q(m.group(2)) + ", the only full name with that surname");
        rule("bare surname entity '(.+)' joins the only full name with that surname, '(.+)'",
                m -> q(m.group(1)) + " on its own is the surname of " + q(m.group(2)) + ", the only full name with that surname");
        rule("'(.+)' is ambiguous: surname of (\\d+)( or more)? entities \\((.+)\\)",
                m -> q(m.group(1)) + " on its own could be any of " + m.group(2) + (m.group(3) == null ? "" : " or more")
                        + " people (" + m.group(4).replace("'", "") + "), so it is joined to none of them");
        rule("one-word name '.*' tagged (\\w+) here and (\\w+) before: one actor, the tagger slipped",
                m -> "The name was read as " + a(m.group(1)) + " in one article and as " + a(m.group(2))
                        + " in another; it is one actor, misread once");
        rule("full name '(.+)' tagged (\\w+) here and (\\w+) before, every word matching '(.+)': a person's name, the tagger slipped",
                m -> q(m.group(1)) + " was read as " + a(m.group(2)) + " in one article and as " + a(m.group(3))
                        + " in another; every word matches " + q(m.group(4)) + ", so it is one name, misread once");
        rule("'(.+)' is tagged as a person once but as an? (\\w+) elsewhere in the document, and no person here has that name",
                m -> q(m.group(1)) + " was read as a person once and as " + a(m.group(2))
                        + " elsewhere in the same article, where no person has that name");
        rule("the bare head word '(.+)' refers back to the only organization named with it, '(.+)'",
                m -> q(m.group(1)) + " on its own refers back to " + q(m.group(2))
                        + ", the only organization its article names with that word");
        rule("'(.+)' has an organization head word \\((.+)\\), so it names an organization, not an? (\\w+)",
                m -> q(m.group(1)) + " holds a word for a kind of organization (" + glosses(m.group(2))
                        + "), so it is an organization, not " + a(m.group(3)));
        rule("(\\d+) shared co-mentioned entities \\(others: (\\d+)\\)", m -> "Several actors fit the name equally well;"
                + " this one was chosen because " + m.group(1) + " of the actors its article names appear with it elsewhere"
                + " (" + m.group(2) + " for the next best)");
        rule("new entity: no candidate", m -> "First named where no known actor had a similar name");
        rule("new entity: best candidate scored too low",
                m -> "Kept apart from a known actor with a somewhat similar name: not similar enough to join");
        rule("new entity: tied between entities .*", m -> "Kept apart: two known actors fit the name equally well");
        rule("analyst decision #(\\d+): '(.+)' is '(.+)'", m -> "An analyst ruled that " + q(m.group(2)) + " and "
                + q(m.group(3)) + " are one actor (decision " + m.group(1) + ")");
        rule("analyst ruled '(.+)' is not the same actor as a name of '(.+)'",
                m -> "An analyst ruled that " + q(m.group(1)) + " is not " + q(m.group(2)));
    }

    private ReasonWording() {
    }

    private static void rule(String regex, Function<Matcher, String> words) {
        RULES.add(new Rule(Pattern.compile(regex), words));
    }

    /**
     * The reasons as sentences, in the order first given, one line per distinct sentence; the spellings other articles
     * share a transliteration key under are gathered into one line.
     */
    static List<Line> lines(List<String> reasons) {
        Map<String, Line> out = new LinkedHashMap<>();
        Set<String> otherSpellings = new LinkedHashSet<>();
        List<String> keyReasons = new ArrayList<>();
        for (String reason : reasons) {
            Matcher same = SAME_KEY.matcher(reason);
            if (same.matches()) {
                otherSpellings.add(same.group(1));
                keyReasons.add(reason);
                out.putIfAbsent("", null);
                continue;
            }
            String sentence = sentence(reason);
            out.putIfAbsent(sentence, new Line(sentence, reason));
        }
        if (!otherSpellings.isEmpty()) {
            out.put("", new Line(spelledElsewhere(List.copyOf(otherSpellings)), String.join("\n", keyReasons)));
        }
        return List.copyOf(out.values());
    }

    /** One reason as a sentence ending in a full stop. */
    static String sentence(String reason) {
        String r = reason.strip();
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(r);
            if (m.matches()) {
                return rule.words().apply(m) + ".";
            }
        }
        return "Recorded by the resolver as: " + r + (r.endsWith(".") ? "" : ".");
    }

    private static String spelledElsewhere(List<String> spellings) {
        if (spellings.size() == 1) {
            return sentence("same transliteration key '' ('" + spellings.get(0) + "')");
        }
        StringBuilder b = new StringBuilder("Also named ");
        for (int i = 0; i < spellings.size(); i++) {
            b.append(i == 0 ? "" : i == spellings.size() - 1 ? " and " : ", ").append(q(spellings.get(i)));
        }
        return b.append(" in other articles: the same name, spelled alike or in other transliterations.").toString();
    }

    /** "kataib=brigades, hezbollah=party of god" as "kataib means brigades, hezbollah means party of god". */
    private static String glosses(String list) {
        return list.replaceAll("\\s*=\\s*", " means ");
    }

    /** The resolver records an apposition up to the closing bracket it dropped: "Corps (IRGC" is "Corps (IRGC)". */
    private static String closeBrackets(String s) {
        long open = s.chars().filter(c -> c == '(').count();
        long close = s.chars().filter(c -> c == ')').count();
        return open > close ? s + ")".repeat((int) (open - close)) : s;
    }

    private static String q(String s) {
        return "\u201c" + s + "\u201d";
    }

    private static String a(String type) {
        String t = type.toLowerCase(Locale.ROOT);
        return ("aeiou".indexOf(t.charAt(0)) >= 0 ? "an " : "a ") + t;
    }
}
