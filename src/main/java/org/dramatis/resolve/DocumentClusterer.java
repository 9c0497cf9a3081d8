package org.dramatis.resolve;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dramatis.extract.ActorMention;
import org.dramatis.model.ActorType;

/**
 * Groups the actor mentions of one document into local clusters, one per actor.
 *
 * <p>Rules, in order: mentions with the same {@link NameKeys#key key} join; organization names with the same
 * {@link Glossary#translationKeys translation} join; two adjacent mentions join when the text between them is an
 * apposition ("X, or Y", "X (Y)", "X, also known as Y", from {@code dramatis/resolve/appositions.txt}); an acronym
 * joins the only name it abbreviates; a short form ("Nadhimi", "al-Nadhimi", "the Victory Front" for "Victory
 * Front Alliance") joins the only longer name in the document it is part of, and stays alone if there are two.
 * Persons never join organizations or places; a COUNTRY and a LOCATION mention of the same name may join.
 */
public final class DocumentClusterer {
    private static final int MAX_GAP = 40;

    private final NameKeys keys;
    private final Glossary glossary;
    private final GenericWords generic;
    private final Capitals capitals;
    private final Set<String> appositions = new HashSet<>();

    /** A clusterer with the bundled apposition phrases and capitals. */
    public DocumentClusterer(NameKeys keys, Glossary glossary) {
        this(keys, glossary, List.of());
    }

    /** A clusterer with the bundled data plus user capital lists ({@code capital<TAB>country} files). */
    public DocumentClusterer(NameKeys keys, Glossary glossary, List<Path> capitalFiles) {
        this.keys = keys;
        this.glossary = glossary;
        this.generic = new GenericWords(keys);
        this.capitals = Capitals.load(keys, capitalFiles);
        for (DataFiles.Line line : DataFiles.resource("appositions.txt")) {
            appositions.add(normalizeGap(line.text()));
        }
    }

    /** Per-mention facts the rules look at. */
    private record Info(ActorMention mention, ActorType type, char cls, String display, List<String> tokens, String key) {
    }

    /** Clusters the mentions of one document; {@code text} is the document text the mention offsets point into. */
    public List<LocalCluster> cluster(String text, List<ActorMention> mentions) {
        List<ActorMention> sorted = mentions.stream()
                .sorted(Comparator.comparingInt(ActorMention::begin).thenComparingInt(ActorMention::index))
                .toList();
        List<Info> infos = new ArrayList<>();
        List<String> retyped = new ArrayList<>();
        for (ActorMention m : sorted) {
            ActorType type = m.type();
            String display = keys.display(m.text(), type);
            if (type != ActorType.ORGANIZATION && glossary.hasOrganizationHead(display)) {
                // Taggers often read "Kataib al-Nasr" as a place or a person; the head word says it is a group.
                retyped.add("'" + m.text() + "' has an organization head word (" + String.join(", ", glossary.explain(display))
                        + "), so it names an organization, not a " + type.name().toLowerCase(Locale.ROOT));
                type = ActorType.ORGANIZATION;
                display = keys.display(m.text(), type);
            }
            List<String> tokens = keys.tokens(display);
            infos.add(new Info(m, type, classOf(type), display, tokens, String.join(" ", tokens)));
        }
        Unions u = new Unions(infos.size());
        readCapitalsAsStates(text, infos, u);
        for (int i = 0; i < infos.size(); i++) {
            for (String r : retyped) {
                if (r.startsWith("'" + infos.get(i).mention().text() + "'")) {
                    u.note(i, r);
                }
            }
        }
        joinSameKey(infos, u);
        joinBareNamesAcrossTypes(infos, u);
        joinTranslations(infos, u);
        joinAppositions(text, infos, u);
        joinAcronyms(infos, u);
        joinBareHeadWords(infos, u);
        joinShortForms(infos, u);
        return build(infos, u);
    }

    private void joinSameKey(List<Info> infos, Unions u) {
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < infos.size(); i++) {
            Info info = infos.get(i);
            if (info.key().isEmpty()) {
                continue;
            }
            Integer j = first.putIfAbsent(info.cls() + "|" + info.key(), i);
            if (j != null && !infos.get(j).mention().text().equals(info.mention().text())) {
                u.join(j, i, "'" + info.mention().text() + "' and '" + infos.get(j).mention().text()
                        + "' share the transliteration key '" + info.key() + "'");
            } else if (j != null) {
                u.join(j, i, null);
            }
        }
    }

    /**
     * A capital with a political cue ("talks with Moscow", "pro-Ankara", "Moscow warned") stands for its state: the
     * mention becomes a COUNTRY mention keyed by the country's name, so it joins that country. A capital coordinated
     * with such a mention or a country ("with Moscow and Ankara") reads the same way. Without a cue it stays a place.
     */
    private void readCapitalsAsStates(String text, List<Info> infos, Unions u) {
        boolean[] state = new boolean[infos.size()];
        for (int i = 0; i < infos.size(); i++) {
            Info info = infos.get(i);
            ActorMention m = info.mention();
            if (info.cls() != 'G' || m.end() > text.length()) {
                continue;
            }
            var country = capitals.countryOf(info.display());
            if (country.isEmpty()) {
                continue;
            }
            boolean political = capitals.political(text, m.begin(), m.end());
            if (!political && i > 0) {
                Info prev = infos.get(i - 1);
                String gap = prev.mention().end() <= m.begin() ? text.substring(prev.mention().end(), m.begin()) : "";
                political = state[i - 1] && gap.matches("\\s*(,|and|or|,\\s*and)\\s*");
            }
            if (political) {
                state[i] = true;
                String c = country.get();
                List<String> tokens = keys.tokens(c);
                infos.set(i, new Info(m, ActorType.COUNTRY, 'G', c, tokens, String.join(" ", tokens)));
                u.note(i, "capital '" + m.text().strip() + "' stands for its government, " + c);
            }
        }
    }

    /**
     * A bare organization head word ("the Kataib", "Hashd", "the Coalition") refers back to the only earlier
     * organization of the document whose name holds that word or its glossary meaning ("Kataib al-Nasr", "Hashd al
     * Shaabi", "Coalition of Dignity"); with two such organizations it stays alone. Taggers often type the bare word as a
     * place or a person, so any type may join.
     */
    private void joinBareHeadWords(List<Info> infos, Unions u) {
        for (int i = 0; i < infos.size(); i++) {
            Info bare = infos.get(i);
            if (bare.tokens().size() != 1 || !glossary.isHeadWord(bare.display())) {
                continue;
            }
            Set<String> concepts = glossary.concepts(bare.display());
            Set<Integer> owners = new LinkedHashSet<>();
            int owner = -1;
            for (int j = 0; j < i; j++) {
                Info full = infos.get(j);
                if (full.cls() == 'O' && full.tokens().size() > 1 && u.find(j) != u.find(i)
                        && (full.tokens().contains(bare.key()) || glossary.sharesConcept(full.display(), concepts))) {
                    owners.add(u.find(j));
                    owner = j;
                }
            }
            if (owners.size() == 1) {
                infos.set(i, new Info(bare.mention(), ActorType.ORGANIZATION, 'O', bare.display(), bare.tokens(), bare.key()));
                u.join(owner, i, "the bare head word '" + bare.display() + "' refers back to the only organization named with it, '"
                        + infos.get(owner).display() + "'");
            }
        }
    }

    /**
     * A one-word name tagged as a person ("Dastgar") that the same document also tags as a place or an organization
     * joins that reading, unless a person's full name in the document ends with the word: a tagger's slip, not a man.
     */
    private void joinBareNamesAcrossTypes(List<Info> infos, Unions u) {
        Map<String, Integer> nonPerson = new HashMap<>();
        Set<String> surnames = new HashSet<>();
        for (int i = 0; i < infos.size(); i++) {
            Info info = infos.get(i);
            if (info.cls() != 'P' && info.tokens().size() == 1) {
                nonPerson.putIfAbsent(info.key(), i);
            } else if (info.cls() == 'P' && info.tokens().size() > 1) {
                surnames.add(info.tokens().get(info.tokens().size() - 1));
            }
        }
        for (int i = 0; i < infos.size(); i++) {
            Info info = infos.get(i);
            Integer other = nonPerson.get(info.key());
            if (info.cls() == 'P' && info.tokens().size() == 1 && other != null && !surnames.contains(info.key())
                    && !generic.isGeneric(info.key())) {
                Info o = infos.get(other);
                infos.set(i, new Info(info.mention(), o.type(), o.cls(), info.display(), info.tokens(), info.key()));
                u.join(other, i, "'" + info.mention().text() + "' is tagged as a person once but as a "
                        + o.type().name().toLowerCase(Locale.ROOT) + " elsewhere in the document, and no person here has that name");
            }
        }
    }

    private void joinTranslations(List<Info> infos, Unions u) {
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < infos.size(); i++) {
            Info info = infos.get(i);
            if (info.cls() != 'O') {
                continue;
            }
            for (String t : glossary.translationKeys(info.display())) {
                Integer j = first.putIfAbsent(t, i);
                if (j != null && u.find(j) != u.find(i)) {
                    u.join(j, i, "glossary: '" + infos.get(j).display() + "' translates '" + info.display() + "' ("
                            + String.join(", ", glossary.explain(info.display())) + ")");
                }
            }
        }
    }

    private void joinAppositions(String text, List<Info> infos, Unions u) {
        for (int i = 0; i + 1 < infos.size(); i++) {
            ActorMention a = infos.get(i).mention();
            ActorMention b = infos.get(i + 1).mention();
            char cls = infos.get(i).cls();
            if (cls != infos.get(i + 1).cls() || cls == 'G' || b.begin() < a.end() || b.begin() - a.end() > MAX_GAP
                    || b.begin() > text.length()) {
                continue;
            }
            String rawGap = text.substring(a.end(), b.begin());
            String gap = normalizeGap(rawGap);
            boolean set = rawGap.contains(",") || rawGap.contains("(");
            // "A or B" without a comma is usually a choice between two actors, not a second name.
            if (appositions.contains(gap) && (!gap.equals("or") || set) && u.find(i) != u.find(i + 1)) {
                u.join(i, i + 1, "apposition '" + a.text() + rawGap + b.text() + "'");
            }
        }
    }

    private static String normalizeGap(String gap) {
        return gap.toLowerCase(Locale.ROOT)
                .replaceAll("[,\"\u201C\u201D\u2018\u2019'\u00AB\u00BB:\u2013\u2014-]", " ")
                .replaceAll("\\bthe\\b", " ")
                .replaceAll("\\s+", " ")
                .strip();
    }

    private void joinAcronyms(List<Info> infos, Unions u) {
        for (int i = 0; i < infos.size(); i++) {
            Info acr = infos.get(i);
            if (acr.cls() == 'P' || !NameKeys.looksLikeAcronym(acr.display())) {
                continue;
            }
            Set<Integer> roots = new LinkedHashSet<>();
            int expansion = -1;
            for (int j = 0; j < infos.size(); j++) {
                Info full = infos.get(j);
                if (full.cls() == acr.cls() && full.tokens().size() > 1 && keys.isAcronymOf(acr.display(), full.display())) {
                    roots.add(u.find(j));
                    expansion = j;
                }
            }
            if (roots.size() == 1 && u.find(i) != u.find(expansion)) {
                u.join(expansion, i, "acronym " + acr.display() + " of " + infos.get(expansion).display());
            }
        }
    }

    private void joinShortForms(List<Info> infos, Unions u) {
        Map<Integer, Integer> longest = new HashMap<>();
        for (int i = 0; i < infos.size(); i++) {
            int root = u.find(i);
            Integer cur = longest.get(root);
            if (cur == null || infos.get(i).tokens().size() > infos.get(cur).tokens().size()) {
                longest.put(root, i);
            }
        }
        List<int[]> pairs = new ArrayList<>();
        for (var entry : longest.entrySet()) {
            Info shortForm = infos.get(entry.getValue());
            if (shortForm.tokens().isEmpty() || shortForm.cls() == 'G'
                    || (shortForm.tokens().size() == 1 && generic.isGeneric(shortForm.tokens().get(0)))) {
                continue;
            }
            Set<Integer> owners = new HashSet<>();
            int owner = -1;
            for (int j = 0; j < infos.size(); j++) {
                Info full = infos.get(j);
                int fullRoot = u.find(j);
                if (fullRoot != entry.getKey() && full.cls() == shortForm.cls() && contains(full, shortForm)) {
                    owners.add(fullRoot);
                    owner = j;
                }
            }
            if (owners.size() == 1) {
                pairs.add(new int[] {owner, entry.getValue()});
            }
        }
        for (int[] p : pairs) {
            Info full = infos.get(p[0]);
            Info part = infos.get(p[1]);
            u.join(p[0], p[1], "'" + part.display() + "' is a short form of the only matching full name '" + full.display() + "'");
        }
    }

    /** Persons: the short form's tokens end the full name. Others: a run inside it, the rest being generic words. */
    private boolean contains(Info full, Info part) {
        List<String> f = full.tokens();
        List<String> p = part.tokens();
        if (f.size() <= p.size()) {
            return false;
        }
        if (part.cls() == 'P') {
            return f.subList(f.size() - p.size(), f.size()).equals(p);
        }
        for (int start = 0; start + p.size() <= f.size(); start++) {
            if (f.subList(start, start + p.size()).equals(p)) {
                List<String> rest = new ArrayList<>(f.subList(0, start));
                rest.addAll(f.subList(start + p.size(), f.size()));
                if (generic.allGeneric(rest)) {
                    return true;
                }
            }
        }
        return false;
    }

    private List<LocalCluster> build(List<Info> infos, Unions u) {
        Map<Integer, List<Integer>> members = new LinkedHashMap<>();
        for (int i = 0; i < infos.size(); i++) {
            members.computeIfAbsent(u.find(i), r -> new ArrayList<>()).add(i);
        }
        List<LocalCluster> clusters = new ArrayList<>();
        for (var entry : members.entrySet()) {
            List<Integer> idx = entry.getValue();
            Info best = idx.stream().map(infos::get)
                    .max(Comparator.comparingInt((Info x) -> x.tokens().size()).thenComparingInt(x -> x.display().length()))
                    .orElseThrow();
            ActorType type = infos.get(idx.get(0)).type();
            for (int i : idx) {
                if (infos.get(i).type() == ActorType.COUNTRY) {
                    type = ActorType.COUNTRY;
                }
            }
            List<String> reasons = new ArrayList<>();
            Set<String> names = new LinkedHashSet<>();
            for (int i : idx) {
                names.add(infos.get(i).mention().text().strip());
                reasons.addAll(u.reasons(i));
            }
            clusters.add(new LocalCluster(clusters.size(), type,
                    idx.stream().map(i -> infos.get(i).mention().index()).toList(), best.display(), List.copyOf(names), reasons));
        }
        return clusters;
    }

    private static char classOf(ActorType type) {
        return switch (type) {
            case PERSON -> 'P';
            case ORGANIZATION -> 'O';
            case COUNTRY, LOCATION -> 'G';
        };
    }

    /** Union-find over mention positions, keeping the reason of each join with the mention that joined. */
    private static final class Unions {
        private final int[] parent;
        private final Map<Integer, List<String>> reasons = new HashMap<>();

        Unions(int n) {
            parent = new int[n];
            for (int i = 0; i < n; i++) {
                parent[i] = i;
            }
        }

        int find(int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }

        void join(int a, int b, String reason) {
            int ra = find(a);
            int rb = find(b);
            if (ra != rb) {
                parent[Math.max(ra, rb)] = Math.min(ra, rb);
            }
            if (reason != null) {
                reasons.computeIfAbsent(b, k -> new ArrayList<>()).add(reason);
            }
        }

        void note(int i, String reason) {
            reasons.computeIfAbsent(i, k -> new ArrayList<>()).add(reason);
        }

        List<String> reasons(int i) {
            return reasons.getOrDefault(i, List.of());
        }
    }
}
