package org.dramatis.resolve;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dramatis.extract.ActorMention;
import org.dramatis.extract.DemonymForms;
import org.dramatis.model.ActorType;

/**
 * The mentions one document writes as a place, and the cannot-link it gives {@link ClusterGuard}: a state's name never
 * joins, on the names' likeness, a person's name of another spelling ("talks with Sarmadia" and "Tariq al-Sarmadi";
 * "Saudi" and "al-Sadi"). A place is a mention tagged a country; tagged a place and used as one ("in X", "the X") or a
 * listed state; a one-word name whose nationality word the text writes ("Harqania" beside "the Minister of the Foreign
 * Harqani"); and every mention spelt like one of those, whatever its tag.
 */
final class PlaceMentions {
    private static final Pattern CAPITALIZED = Pattern.compile("\\b\\p{Lu}\\p{L}+");
    private final List<MentionInfo> infos;
    private final Set<Integer> places;

    private PlaceMentions(List<MentionInfo> infos, Set<Integer> places) {
        this.infos = infos;
        this.places = places;
    }

    /** The place mentions of a document's {@code infos} (offsets into {@code text}). */
    static PlaceMentions of(String text, List<MentionInfo> infos, ImpersonalUse impersonal, NameKeys keys) {
        Set<Integer> places = new HashSet<>();
        for (int i = 0; i < infos.size(); i++) {
            MentionInfo place = infos.get(i);
            ActorMention m = place.mention();
            if (place.type() == ActorType.COUNTRY || place.type() == ActorType.LOCATION
                    && (impersonal.impersonal(text, m.begin(), m.end()) || keys.stateOf(m.text().strip()) != null)) {
                places.add(i);
            }
        }
        Set<String> capitalized = new HashSet<>();
        Matcher w = CAPITALIZED.matcher(text);
        while (w.find()) {
            capitalized.add(w.group().toLowerCase(Locale.ROOT));
        }
        Set<String> placeNames = new HashSet<>();
        for (int i = 0; i < infos.size(); i++) {
            String name = infos.get(i).mention().text().strip();
            if (!places.contains(i) && name.matches("\\p{Lu}\\p{L}+")
                    && nationalityWords(keys, name).stream().anyMatch(capitalized::contains)) {
                places.add(i);
            }
            if (places.contains(i)) {
                placeNames.add(name.toLowerCase(Locale.ROOT));
            }
        }
        for (int i = 0; i < infos.size(); i++) {
            if (placeNames.contains(infos.get(i).mention().text().strip().toLowerCase(Locale.ROOT))) {
                places.add(i);
            }
        }
        return new PlaceMentions(infos, places);
    }

    /**
     * The nationality words of a one-word name: those English builds ({@link DemonymForms}) and, for a name ending in
     * "ia", the one a translation from Arabic writes without the "a" ("Harqani" of "Harqania").
     */
    private static Set<String> nationalityWords(NameKeys keys, String name) {
        Set<String> out = new HashSet<>(keys.demonymForms().adjectives(name));
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith("ia") && lower.length() > DemonymForms.MIN_NAME + 1) {
            out.add(lower.substring(0, lower.length() - 1));
        }
        return out;
    }

    /**
     * Why the mentions {@code left} and {@code right} may not join on their names' likeness: one is written as a place
     * and the other as a person's name of another spelling; null when nothing forbids it. A place-tagged word that is
     * the person's very surname ("Shekari" beside "Mohsen Shekari") is left to the rules.
     */
    String refusal(List<Integer> left, List<Integer> right) {
        for (int x : left) {
            for (int y : right) {
                int place = places.contains(x) ? x : places.contains(y) ? y : -1;
                int person = place == x ? y : x;
                if (place < 0 || places.contains(person) || infos.get(person).type() != ActorType.PERSON) {
                    continue;
                }
                String[] words = text(person).split("\\s+");
                String surname = words[words.length - 1].replaceFirst("(?i)^(?:al|el)[-\u2010]", "");
                if (surname.equalsIgnoreCase(text(place).replaceFirst("(?i)^the\\s+", ""))) {
                    continue;
                }
                return "'" + text(place) + "' is written as a place and '" + text(person) + "' as a person's name, so not"
                        + " one actor";
            }
        }
        return null;
    }

    private String text(int mention) {
        return infos.get(mention).mention().text().strip();
    }
}
