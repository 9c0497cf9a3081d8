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
 * apposition ("X, or Y", "X (Y)", "X, also known as Y", from {@code dramatis/lexicon/appositions.txt}); an acronym
 * joins the only name it abbreviates; a short form ("Nadhimi", "al-Nadhimi", "the Victory Front" for "Victory
 * Front Alliance") joins the only longer name in the document it is part of, and stays alone if there are two.
 * Persons never join organizations or places; a COUNTRY and a LOCATION mention of the same name may join. A cluster
 * records whether the text uses one of its group or place mentions the way a person's name is not used ("in X", "the
 * X", "X Foundation"; {@link ImpersonalUse}).
 */
public final class DocumentClusterer {
    private final NameKeys keys;
    private final Glossary glossary;
    private final GenericWords generic;
    private final CapitalReading capitals;
    private final AppositionRule appositions;
    private final AliasStatementRule aliasStatements;
    private final AcronymRule acronyms;
    private final HeadWordBinding headWords;
    private final ShortFormRule shortForms;
    private final ImpersonalUse impersonalUse;
    private final PersonalUse personalUse;
    private final MatchVeto veto;
    private final ClusterGuard.Cues opposition;
    private final BodyCountry bodies;
    /** The legislatures' names ({@code legislatures.txt}), lower case, and the key of the bare word "parliament". */
    private final Set<String> legislatures;
    private final String parliamentKey;

    /**
     * A clusterer with the apposition phrases, capitals and locatives of the files the keys carry ({@link NameKeys#files()}:
     * the bundled ones plus the user's).
     */
    public DocumentClusterer(NameKeys keys, Glossary glossary) {
        this(keys, glossary, MatchVeto.fromSettings(keys));
    }

    /** A clusterer whose joins on the names' likeness the given match veto may stop. */
    DocumentClusterer(NameKeys keys, Glossary glossary, MatchVeto veto) {
        this.keys = keys;
        this.glossary = glossary;
        this.generic = new GenericWords(keys);
        Capitals listed = Capitals.load(keys);
        this.capitals = new CapitalReading(keys, listed);
        this.appositions = new AppositionRule(keys.files());
        this.aliasStatements = new AliasStatementRule(keys);
        this.impersonalUse = new ImpersonalUse(keys.files());
        this.personalUse = new PersonalUse(keys.files());
        this.acronyms = new AcronymRule(keys);
        this.headWords = new HeadWordBinding(glossary);
        this.shortForms = new ShortFormRule(keys, generic, new PersonShape(keys, glossary, listed,
                AliasTable.of(AliasTable.aliases(keys.files()), keys)), impersonalUse);
        this.veto = veto;
        this.opposition = ClusterGuard.Cues.of(keys.files());
        this.bodies = new BodyCountry(keys);
        this.legislatures = keys.files().words(org.dramatis.lexicon.Kind.LEGISLATURES);
        this.parliamentKey = String.join(" ", keys.tokens("parliament"));
    }

    /** Clusters the mentions of one document; {@code text} is the document text the mention offsets point into. */
    public List<LocalCluster> cluster(String text, List<ActorMention> mentions) {
        return cluster(text, mentions, CorpusContext.NONE);
    }

    /**
     * Clusters the mentions of one document knowing what the whole corpus tells ({@link CorpusContext}). When most of
     * its documents are about one country ({@link CorpusHome}), that country's capital stays its own actor in this
     * document too, as in a document about the country itself, even where this one is mostly about a neighbour ("the
     * deal between Baghdad and Erbil" in an article on Turkish strikes, within a corpus on Iraq). An acronym another
     * article wrote right after a name is not read here as a name that only shares its initials.
     *
     * @param corpus what the corpus tells ({@link CorpusContext#NONE} for nothing)
     */
    public List<LocalCluster> cluster(String text, List<ActorMention> mentions, CorpusContext corpus) {
        List<String> retyped = new ArrayList<>();
        List<MentionInfo> infos = infos(mentions, retyped);
        MentionUnions u = new MentionUnions(infos.size(), new ClusterGuard(text, infos, veto, opposition, bodies, impersonalUse, keys));
        capitals.apply(text, infos, u, corpus.home());
        for (int i = 0; i < infos.size(); i++) {
            for (String r : retyped) {
                if (r.startsWith("'" + infos.get(i).mention().text() + "'")) {
                    u.note(i, r);
                }
            }
        }
        Set<Integer> personal = notePersonalUse(text, infos, u);
        joinSameKey(infos, u);
        joinBareNamesAcrossTypes(infos, u, personal);
        joinNationalityWords(infos, u);
        joinTranslations(infos, u);
        aliasStatements.apply(text, infos, u);
        appositions.apply(text, infos, u);
        acronyms.apply(infos, u, corpus.acronyms());
        headWords.apply(text, infos, u);
        joinLegislature(infos, u);
        shortForms.apply(text, infos, u);
        return build(text, infos, u);
    }

    /**
     * What one document tells of the country it is about ({@link CorpusHome}): its home (the country named at least
     * three times, counting its nationality word, and twice as often as any other; null when none is), the countries
     * it names, and those whose capital it names.
     */
    public CorpusHome.Evidence homeEvidence(List<ActorMention> mentions) {
        return capitals.evidence(infos(mentions, new ArrayList<>()));
    }

    /**
     * The acronyms one document writes right after a name they abbreviate ("the Nahrawan Labour Federation (NLF)"):
     * each acronym's key with the keys of those names ({@link CorpusContext}).
     */
    public Map<String, Set<String>> acronymDefinitions(List<ActorMention> mentions) {
        return acronyms.definitions(infos(mentions, new ArrayList<>()));
    }

    /** Each mention, in text order, with its type (a group's head word wins over the tagger), display form and key. */
    private List<MentionInfo> infos(List<ActorMention> mentions, List<String> retyped) {
        List<ActorMention> sorted = mentions.stream()
                .sorted(Comparator.comparingInt(ActorMention::begin).thenComparingInt(ActorMention::index))
                .toList();
        List<MentionInfo> infos = new ArrayList<>();
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
            infos.add(new MentionInfo(m, type, MentionInfo.classOf(type), display, tokens, String.join(" ", tokens)));
        }
        return infos;
    }

    /**
     * A bare "parliament" joins the only legislature the document names ("the Council of Representatives", "the
     * Majlis", "the Federal Parliament"; {@code legislatures.txt}): a speaker "of parliament" and "the speaker of the
     * Council of Representatives" hold one post. With two legislatures named it stays alone, and one named as another
     * state's than the document's home ({@link #ownState}) is not its legislature.
     */
    private void joinLegislature(List<MentionInfo> infos, MentionUnions u) {
        String home = capitals.homeKey(infos);
        for (int i = 0; i < infos.size(); i++) {
            MentionInfo bare = infos.get(i);
            if (bare.cls() != 'O' || !bare.key().equals(parliamentKey)) {
                continue;
            }
            int at = i;
            int owner = u.onlyCluster(infos.size(), j -> {
                MentionInfo named = infos.get(j);
                String name = named.display().toLowerCase(Locale.ROOT).replaceFirst("^the\\s+", "").strip();
                return named.cls() == 'O' && u.find(j) != u.find(at) && named.tokens().size() > 0
                        && !named.key().equals(parliamentKey)
                        && (legislatures.contains(name) || name.endsWith(" parliament"))
                        && ownState(named.display(), home, infos);
            });
            if (owner >= 0) {
                u.join(owner, i, "'" + bare.display() + "' is the only legislature the document names, '"
                        + infos.get(owner).display() + "'");
            }
        }
    }

    /**
     * Whether a legislature's name gives no state ("the Majlis", "Council of Representatives") or the document's home
     * ("the Turkish Parliament" in an article about Turkey): a bare "parliament" in a report on Somalia's vote is not
     * the Turkish one the article also names.
     */
    private boolean ownState(String name, String home, List<MentionInfo> infos) {
        List<String> places = infos.stream().filter(m -> m.cls() == 'G' && m.tokens().size() == 1).map(MentionInfo::display).toList();
        for (String word : name.strip().split("\\s+")) {
            // a listed nationality word or country, or one built from a one-word place ("Ostranian" of "Ostrania")
            String state = keys.stateOf(word, places);
            if (state != null) {
                return keys.key(state).equals(home);
            }
        }
        return true;
    }

    private void joinSameKey(List<MentionInfo> infos, MentionUnions u) {
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < infos.size(); i++) {
            MentionInfo info = infos.get(i);
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

    /** The person mentions written right after a title ("Prime Minister X"), each noted with its reason. */
    private Set<Integer> notePersonalUse(String text, List<MentionInfo> infos, MentionUnions u) {
        Set<Integer> personal = new HashSet<>();
        for (int i = 0; i < infos.size(); i++) {
            ActorMention m = infos.get(i).mention();
            String title = infos.get(i).cls() == 'P' ? personalUse.titleBefore(text, m.begin()) : null;
            if (title != null) {
                personal.add(i);
                u.note(i, personalUse.reason(m.text().strip(), title));
            }
        }
        return personal;
    }

    /**
     * A one-word name tagged as a person ("Dastgar") that the same document also tags as a place or an organization
     * joins that reading, unless a person's full name in the document holds the word or the document writes it
     * after a title ("Prime Minister Dastgar"): a tagger's slip, not a man.
     */
    private void joinBareNamesAcrossTypes(List<MentionInfo> infos, MentionUnions u, Set<Integer> personal) {
        Map<String, Integer> nonPerson = new HashMap<>();
        Set<String> surnames = new HashSet<>();
        for (int i = 0; i < infos.size(); i++) {
            MentionInfo info = infos.get(i);
            if (info.cls() != 'P' && info.tokens().size() == 1) {
                nonPerson.putIfAbsent(info.key(), i);
            } else if (info.cls() == 'P' && info.tokens().size() > 1) {
                surnames.addAll(info.tokens());
            }
        }
        for (int i = 0; i < infos.size(); i++) {
            MentionInfo info = infos.get(i);
            Integer other = nonPerson.get(info.key());
            int root = u.find(i);
            if (info.cls() == 'P' && info.tokens().size() == 1 && other != null && !surnames.contains(info.key())
                    && !generic.isGeneric(info.key()) && personal.stream().noneMatch(p -> u.find(p) == root)) {
                MentionInfo o = infos.get(other);
                infos.set(i, info.retyped(o.type(), o.cls()));
                u.join(other, i, "'" + info.mention().text() + "' is tagged as a person once but as a "
                        + o.type().name().toLowerCase(Locale.ROOT) + " elsewhere in the document, and no person here has that name");
            }
        }
    }

    /**
     * A nationality word joins the one-word place it names in the document: a listed demonym its country ("Iranian",
     * "Iran"), a word built from a place name that place ("Qadiri", "Qadiris" and "Qadira"; {@link NameKeys#isNationalityWord}).
     */
    private void joinNationalityWords(List<MentionInfo> infos, MentionUnions u) {
        for (int i = 0; i < infos.size(); i++) {
            MentionInfo word = infos.get(i);
            if (word.cls() != 'G' || word.tokens().size() != 1) {
                continue;
            }
            String listed = keys.countryOfDemonym(word.mention().text());
            // One place per word: the one it already joined, else a state before another place ("Darvanian" names
            // "Darvania", not a "Darvani" the tagger took for a place).
            int chosen = -1;
            boolean joined = false;
            for (int j = 0; j < infos.size() && !joined; j++) {
                MentionInfo place = infos.get(j);
                String name = place.mention().text().strip();
                if (j == i || place.cls() != 'G' || keys.isNationalityWord(name, List.of())
                        || !(name.equals(listed) || listed == null && keys.isNationalityWord(word.mention().text(), List.of(name)))) {
                    continue;
                }
                joined = u.find(i) == u.find(j);
                if (chosen < 0 || place.type() == ActorType.COUNTRY && infos.get(chosen).type() != ActorType.COUNTRY) {
                    chosen = j;
                }
            }
            if (!joined && chosen >= 0) {
                u.join(chosen, i, "'" + word.mention().text() + "' is the nationality word of '"
                        + infos.get(chosen).mention().text().strip() + "'");
            }
        }
    }

    private void joinTranslations(List<MentionInfo> infos, MentionUnions u) {
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < infos.size(); i++) {
            MentionInfo info = infos.get(i);
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

    private List<LocalCluster> build(String text, List<MentionInfo> infos, MentionUnions u) {
        Map<Integer, List<Integer>> members = new LinkedHashMap<>();
        for (int i = 0; i < infos.size(); i++) {
            members.computeIfAbsent(u.find(i), r -> new ArrayList<>()).add(i);
        }
        Map<Integer, MentionInfo> fullest = new HashMap<>();
        members.forEach((root, idx) -> fullest.put(root, fullest(infos, idx)));
        // A join the document's guard refused stays refused across articles: each side remembers the other's name.
        Map<Integer, Set<String>> apart = new HashMap<>();
        for (int[] pair : u.refusals()) {
            int ra = u.find(pair[0]);
            int rb = u.find(pair[1]);
            if (ra != rb) {
                apart.computeIfAbsent(ra, k -> new LinkedHashSet<>()).add(fullest.get(rb).display());
                apart.computeIfAbsent(rb, k -> new LinkedHashSet<>()).add(fullest.get(ra).display());
            }
        }
        List<LocalCluster> clusters = new ArrayList<>();
        for (var entry : members.entrySet()) {
            List<Integer> idx = entry.getValue();
            MentionInfo best = fullest.get(entry.getKey());
            ActorType type = infos.get(idx.get(0)).type();
            for (int i : idx) {
                if (infos.get(i).type() == ActorType.COUNTRY) {
                    type = ActorType.COUNTRY;
                }
            }
            List<String> reasons = new ArrayList<>();
            Set<String> names = new LinkedHashSet<>();
            boolean impersonal = false;
            for (int i : idx) {
                names.add(infos.get(i).mention().text().strip());
                reasons.addAll(u.reasons(i));
                ActorMention m = infos.get(i).mention();
                impersonal |= infos.get(i).cls() != 'P' && impersonalUse.impersonal(text, m.begin(), m.end());
            }
            for (String other : apart.getOrDefault(entry.getKey(), Set.of())) {
                reasons.add(KeptApart.reason(other));
            }
            clusters.add(new LocalCluster(clusters.size(), type,
                    idx.stream().map(i -> infos.get(i).mention().index()).toList(), best.display(), List.copyOf(names), reasons,
                    impersonal));
        }
        return clusters;
    }

    /** The mention that names a cluster: the fullest name, a nationality word only when nothing else names it. */
    private MentionInfo fullest(List<MentionInfo> infos, List<Integer> idx) {
        List<String> places = idx.stream().map(i -> infos.get(i).display()).toList();
        return idx.stream().map(infos::get)
                .max(Comparator.comparingInt((MentionInfo x) -> x.cls() == 'G' && keys.isNationalityWord(x.display(), places) ? 0 : 1)
                        .thenComparingInt(x -> x.tokens().size()).thenComparingInt(x -> x.display().length()))
                .orElseThrow();
    }
}
