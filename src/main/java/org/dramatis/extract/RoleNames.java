package org.dramatis.extract;

import java.util.List;
import org.dramatis.nlp.Dependency;

/**
 * How a post is named: its portfolio ("communications minister" → minister of communications), a common-noun owner
 * ("the army's chief of staff"), and the words of an of-phrase ("commander of the external operations").
 */
final class RoleNames {
    private final TitleWords titles;
    private final PlaceWords places;

    RoleNames(TitleWords titles, PlaceWords places) {
        this.titles = titles;
        this.places = places;
    }

    /**
     * The state post of whoever heads a ministry ("Interior Ministry", "the Iraqi Ministry of the Interior" give
     * "minister of interior"), or null when the mention is no ministry or its name gives no portfolio.
     */
    static String ministerPost(TitleWords titles, PlaceWords places, MentionFinder.Draft body) {
        if (body.type != org.dramatis.model.ActorType.ORGANIZATION || !DocContext.isMinistry(body.text)) {
            return null;
        }
        String portfolio = ministryPortfolio(titles, places, body.text);
        return portfolio.isEmpty() ? null : "minister of " + portfolio;
    }

    /**
     * The post a minister's of-phrase names when the tagger took its portfolio for a group ("the Minister of
     * Defence", "Minister of Internal Security"): "minister of defence", as {@code roles.txt} spells it when it knows
     * the post; null for a ministry, an acronym or another title.
     */
    String portfolioNamed(String role, MentionFinder.Draft m) {
        String text = m.text.strip();
        if (!role.equals("minister") || m.type != org.dramatis.model.ActorType.ORGANIZATION || DocContext.isMinistry(text)
                || text.equals(text.toUpperCase(java.util.Locale.ROOT))) {
            return null;
        }
        String words = text.replaceFirst("(?i)^the\\s+", "").toLowerCase(java.util.Locale.ROOT);
        String known = titles.role("minister of " + words);
        return known != null ? known : "minister of " + words;
    }

    /** A ministry's name without "ministry", "of", "the" and a leading demonym; empty if nothing is left. */
    private static String ministryPortfolio(TitleWords titles, PlaceWords places, String name) {
        List<String> words = new java.util.ArrayList<>(List.of(name.split("\\s+")));
        words.removeIf(w -> w.equalsIgnoreCase("ministry") || w.equalsIgnoreCase("of") || w.equalsIgnoreCase("the"));
        if (!words.isEmpty() && places.countryOfDemonym(words.get(0)) != null) {
            words.remove(0);
        }
        return String.join(" ", words).toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * A title whose owner is a common noun rather than an actor takes it into the post ("the army's chief of staff"
     * is the army chief of staff, a post of the state); an actor owner stays the post's body.
     */
    String qualifiedRole(SentenceView v, DocContext ctx, int first, int h, String role) {
        for (int t : new int[] {first, h}) {
            int owner = v.first(t, "nmod:poss");
            if (owner >= 0 && v.isNoun(owner) && !v.pos(owner).startsWith("NNP") && ctx.actorOf(v, owner) < 0
                    && !titles.isRank(role)) {
                String qualified = v.lemma(owner) + " " + role;
                return titles.role(qualified) != null ? titles.role(qualified) : qualified;
            }
        }
        return role;
    }

    /**
     * "former communications minister X" is the minister of communications, "intelligence chief X" the intelligence
     * chief: a common noun compounded right before the title names its portfolio.
     */
    String portfolio(SentenceView v, int first, int h, String role) {
        int k = first - 1;
        if (k < 0 || v.mentionAt[k] >= 0 || !v.isNoun(k) || v.pos(k).startsWith("NNP") && !v.pos(first).startsWith("NNP")
                || !v.relationToHead(k).equals("compound") || v.head(k) < first || v.head(k) > h
                || titles.role(v.lower(k)) != null || role.equals("leader") || titles.stateTitles().contains(role)
                || titles.isRank(role)
                || v.tokens.get(k).word().chars().allMatch(Character::isUpperCase)) {
            // A leader, a head of state or a rank has no portfolio ("martyr leader", "Custodian of the Holy Mosques King
            // X", "a police general"); an acronym is a body, not a portfolio ("AAH commander").
            return role;
        }
        return role.equals("minister") ? "minister of " + v.lower(k) : v.lower(k) + " " + role;
    }

    /** A noun with its adjective and compound modifiers, lowercase ("external operations", "foreign affairs"). */
    static String modifiedNoun(SentenceView v, int noun) {
        java.util.SortedSet<Integer> words = new java.util.TreeSet<>(List.of(noun));
        for (Dependency d : v.children(noun)) {
            if (d.relation().equals("amod") || d.relation().equals("compound")) {
                words.add(d.dependent());
                if (v.mentionAt[d.dependent()] >= 0) {
                    // "Middle East studies": a name modifying the noun comes whole.
                    for (int t = d.dependent() - 1; t >= 0 && v.mentionAt[t] == v.mentionAt[d.dependent()]; t--) {
                        words.add(t);
                    }
                }
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int t : words) {
            sb.append(sb.length() == 0 ? "" : " ").append(v.lower(t));
        }
        return sb.toString();
    }

    static String lowerWords(SentenceView v, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int t = from; t < to; t++) {
            sb.append(sb.length() == 0 ? "" : " ").append(v.lower(t));
        }
        return sb.toString();
    }
}
