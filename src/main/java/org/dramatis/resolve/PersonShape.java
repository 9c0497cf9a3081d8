package org.dramatis.resolve;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.dramatis.lexicon.Kind;
import org.dramatis.model.ActorType;

/**
 * Whether a name a tagger typed as a group or a place is shaped like a person's full name, so that typing may be a
 * slip ("Farid al-Kubaisi said ..." tagged ORGANIZATION): two or more words also when read as a person's name (titles
 * stripped), no organization head word (the glossary's "head" words and {@code dramatis/lexicon/org-heads.txt}), no
 * toponym prefix ({@code dramatis/lexicon/place-prefixes.txt}), no "of" inside, and not a listed capital or country.
 */
final class PersonShape {
    private final NameKeys keys;
    private final Glossary glossary;
    private final Capitals capitals;
    private final AliasTable aliases;
    private final Set<String> orgHeads;
    private final Set<String> placePrefixes;

    PersonShape(NameKeys keys, Glossary glossary, Capitals capitals, AliasTable aliases) {
        this.keys = keys;
        this.glossary = glossary;
        this.capitals = capitals;
        this.aliases = aliases;
        this.orgHeads = words(keys, Kind.ORG_HEADS);
        this.placePrefixes = words(keys, Kind.PLACE_PREFIXES);
    }

    /** Whether {@code surface}, tagged {@code type}, could be a person's full name. */
    boolean fits(String surface, ActorType type) {
        String display = keys.display(surface, type);
        if (keys.tokens(display).size() < 2 || personKey(surface).split(" ").length < 2) {
            return false;
        }
        if (glossary.hasOrganizationHead(display) || capitals.knows(display) || aliases.lists(display, ActorType.COUNTRY)) {
            return false;
        }
        String[] words = keys.ascii(display).replaceFirst("^\\W*the\\b", "").strip().split("[^a-z0-9]+");
        for (String w : words) {
            // "Supreme Court of Harqania": a name with "of" inside is a body's or a place's, not a person's.
            if (orgHeads.contains(w) || w.equals("of")) {
                return false;
            }
        }
        return !(words.length > 0 && placePrefixes.contains(words[0]));
    }

    /** Whether {@code display} is a listed capital or country (or a country's alias), so never a person's surname. */
    boolean listedPlace(String display) {
        return capitals.knows(display) || aliases.lists(display, ActorType.COUNTRY);
    }

    /** The key of the name read as a person's (titles stripped). */
    String personKey(String surface) {
        return keys.key(keys.display(surface, ActorType.PERSON));
    }

    /** The first word of each line, lowercase. */
    private static Set<String> words(NameKeys keys, Kind kind) {
        Set<String> out = new HashSet<>();
        keys.files().lines(kind).forEach(l -> out.add(l.text().strip().split("\\s+")[0].toLowerCase(Locale.ROOT)));
        return out;
    }
}
