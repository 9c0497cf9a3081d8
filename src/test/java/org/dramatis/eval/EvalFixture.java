package org.dramatis.eval;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dramatis.extract.ActorMention;
import org.dramatis.extract.EventClaim;
import org.dramatis.extract.Extraction;
import org.dramatis.extract.FactClaim;
import org.dramatis.graph.Database;
import org.dramatis.graph.DocumentStore;
import org.dramatis.graph.EntityRepository;
import org.dramatis.graph.EventQueries;
import org.dramatis.graph.GraphQueries;
import org.dramatis.ingest.SourceDocument;
import org.dramatis.model.ActorType;
import org.dramatis.model.EventType;
import org.dramatis.model.FactKind;
import org.dramatis.model.Modality;
import org.dramatis.nlp.AnnotatedDocument;
import org.dramatis.nlp.Sentence;
import org.dramatis.resolve.Assignment;
import org.dramatis.resolve.LocalCluster;
import org.dramatis.resolve.ResolvedEntity;

/**
 * Builds a small store by hand, without NLP: documents of sentences, mentions tied to entity keys, claims, then one
 * resolution that makes each key an entity. {@link #sample(Path)} builds the invented world the export and eval tests share.
 */
public final class EvalFixture {
    private final Database db;
    private final DocumentStore documents;
    private final EntityRepository entityStore;
    private final Map<String, Long> entityIds = new LinkedHashMap<>();
    private final Map<String, String> entityNames = new LinkedHashMap<>();
    private final Map<String, ActorType> entityTypes = new LinkedHashMap<>();
    private final Map<String, Map<String, Integer>> entitySpellings = new LinkedHashMap<>();
    private final Map<String, Set<Long>> entityDocs = new LinkedHashMap<>();
    private final List<Assignment> assignments = new ArrayList<>();

    private EvalFixture(Database db) {
        this.db = db;
        this.documents = new DocumentStore(db);
        this.entityStore = new EntityRepository(db);
    }

    public static EvalFixture open(Path dir) {
        return new EvalFixture(Database.open(dir));
    }

    /** A fixture in the store of kind {@code store} for test directory {@code dir}. */
    public static EvalFixture open(Path dir, org.dramatis.graph.TestStores.Kind store) {
        return new EvalFixture(store.open(dir));
    }

    /** {@link #sample(Path)} in the store of kind {@code store}. */
    public static EvalFixture sample(Path dir, org.dramatis.graph.TestStores.Kind store) {
        return fill(open(dir, store));
    }

    public Database database() {
        return db;
    }

    public GraphQueries graph() {
        return new GraphQueries(db);
    }

    public EventQueries events() {
        return new EventQueries(db);
    }

    /** The store's id of the entity made for {@code key}. */
    public long entity(String key) {
        Long id = entityIds.get(key);
        if (id == null) {
            throw new IllegalArgumentException("no entity key '" + key + "'");
        }
        return id;
    }

    /** Starts a document; {@code url} and {@code outlet} may be null. */
    public Doc doc(String name, String url, String outlet) {
        return new Doc(name, url, outlet);
    }

    /** Saves one entity per key, named after its first mention, and points the documents' clusters at them. */
    public EvalFixture resolve() {
        List<ResolvedEntity> entities = new ArrayList<>();
        entityIds.forEach((key, id) -> entities.add(new ResolvedEntity(id, entityNames.get(key), entityTypes.get(key),
                entitySpellings.get(key), List.of("fixture"), entityDocs.get(key))));
        entityStore.save(entities, assignments, true);
        return this;
    }

    /**
     * The shared invented world. Two documents: 001.txt (with URL and outlet) and 002.html (neither). Entity keys:
     * castell, guard, brigade, pdf, veloria, ebrin, selin, kastel. Resolution errors on purpose: "Mira Kastel" is split
     * from castell into its own entity, and one "People's Defence Forces" mention is merged into brigade.
     * Facts (6 that count): ROLE castell-guard head 2016, PART_OF brigade-pdf, BACKS veloria-brigade, BORN castell-selin
     * 1961, ROLE kastel-guard head, OPPOSES ebrin-brigade; one hypothetical OPPOSES ebrin-castell that does not count.
     * Events: COERCE arrest 2020-06-25 (castell, ebrin), CONSULT meeting 2020-07-11 (kastel, ebrin).
     */
    public static EvalFixture sample(Path dir) {
        return fill(open(dir));
    }

    private static EvalFixture fill(EvalFixture fx) {
        Doc a = fx.doc("001.txt", "https://harbor.example/news/1", "Harbor Times");
        int s0 = a.sentence("Mira Castell has led the Coastal Guard since 2016.");
        int castell = a.mention(s0, "Mira Castell", ActorType.PERSON, "castell");
        int guard = a.mention(s0, "Coastal Guard", ActorType.ORGANIZATION, "guard");
        a.fact(FactKind.ROLE, castell, guard, "head", null, "2016", Modality.ASSERTED, s0);
        int s1 = a.sentence("The Northern Shield Brigade, a faction of the People's Defence Forces, receives arms from Veloria.");
        int brigade = a.mention(s1, "Northern Shield Brigade", ActorType.ORGANIZATION, "brigade");
        int pdf = a.mention(s1, "People's Defence Forces", ActorType.ORGANIZATION, "pdf");
        int veloria = a.mention(s1, "Veloria", ActorType.COUNTRY, "veloria");
        a.fact(FactKind.PART_OF, brigade, pdf, null, null, null, Modality.ASSERTED, s1);
        a.fact(FactKind.BACKS, veloria, brigade, null, null, null, Modality.ASSERTED, s1);
        int s2 = a.sentence("On 25 June 2020 guards under Castell arrested Tomas Ebrin in Port Selin.");
        int castell2 = a.mention(s2, "Castell", ActorType.PERSON, "castell");
        int ebrin = a.mention(s2, "Tomas Ebrin", ActorType.PERSON, "ebrin");
        a.mention(s2, "Port Selin", ActorType.LOCATION, "selin");
        a.event(EventType.COERCE, "arrest", "2020-06-25", "Port Selin", "Coastal Guard arrests Tomas Ebrin", s2,
                new EventClaim.Participant(castell2, "actor"), new EventClaim.Participant(ebrin, "target"));
        int s3 = a.sentence("Castell was born in Port Selin in 1961.");
        int castell3 = a.mention(s3, "Castell", ActorType.PERSON, "castell");
        int selin = a.mention(s3, "Port Selin", ActorType.LOCATION, "selin");
        a.fact(FactKind.BORN, castell3, selin, null, "1961", null, Modality.ASSERTED, s3);
        int s4 = a.sentence("Some fear that Ebrin could one day oppose Castell.");
        int ebrin4 = a.mention(s4, "Ebrin", ActorType.PERSON, "ebrin");
        int castell4 = a.mention(s4, "Castell", ActorType.PERSON, "castell");
        a.fact(FactKind.OPPOSES, ebrin4, castell4, null, null, null, Modality.HYPOTHETICAL, s4);
        a.store();

        Doc b = fx.doc("002.html", null, null);
        int t0 = b.sentence("Mira Kastel, who heads the Coastal Guard, met Tomas Ebrin on 11 July 2020.");
        int kastel = b.mention(t0, "Mira Kastel", ActorType.PERSON, "kastel");
        int guardB = b.mention(t0, "the Coastal Guard", ActorType.ORGANIZATION, "guard");
        int ebrinB = b.mention(t0, "Tomas Ebrin", ActorType.PERSON, "ebrin");
        b.fact(FactKind.ROLE, kastel, guardB, "head", null, null, Modality.ASSERTED, t0);
        b.event(EventType.CONSULT, "meeting", "2020-07-11", null, null, t0,
                new EventClaim.Participant(kastel, "actor"), new EventClaim.Participant(ebrinB, "actor"));
        int t1 = b.sentence("Tomas Ebrin said, \"the Shield Brigade answers to nobody,\"\nand he opposes it.");
        int ebrinT1 = b.mention(t1, "Tomas Ebrin", ActorType.PERSON, "ebrin");
        int shield = b.mention(t1, "Shield Brigade", ActorType.ORGANIZATION, "brigade");
        b.fact(FactKind.OPPOSES, ebrinT1, shield, null, null, null, Modality.ASSERTED, t1);
        int t2 = b.sentence("The People's Defence Forces denied it.");
        b.mention(t2, "People's Defence Forces", ActorType.ORGANIZATION, "brigade");
        b.store();
        return fx.resolve();
    }

    /** One document being built: sentences are joined by a space, mentions found by their text in their sentence. */
    public final class Doc {
        private final String name;
        private final String url;
        private final String outlet;
        private final StringBuilder text = new StringBuilder();
        private final List<Sentence> sentences = new ArrayList<>();
        private final List<ActorMention> mentions = new ArrayList<>();
        private final List<String> mentionKeys = new ArrayList<>();
        private final List<FactClaim> facts = new ArrayList<>();
        private final List<EventClaim> events = new ArrayList<>();
        private boolean lastWasEvent;

        private Doc(String name, String url, String outlet) {
            this.name = name;
            this.url = url;
            this.outlet = outlet;
        }

        public int sentence(String sentence) {
            if (text.length() > 0) {
                text.append(' ');
            }
            int begin = text.length();
            text.append(sentence);
            sentences.add(new Sentence(sentences.size(), begin, text.length(), sentence, List.of(), List.of(), List.of()));
            return sentences.size() - 1;
        }

        /** Adds a mention of {@code surface} (its first occurrence in the sentence) resolved to entity {@code key}. */
        public int mention(int sentence, String surface, ActorType type, String key) {
            Sentence s = sentences.get(sentence);
            int at = s.text().indexOf(surface);
            if (at < 0) {
                throw new IllegalArgumentException("'" + surface + "' is not in sentence " + sentence);
            }
            mentions.add(new ActorMention(mentions.size(), surface, type, sentence, s.begin() + at,
                    s.begin() + at + surface.length(), "ner"));
            mentionKeys.add(key);
            return mentions.size() - 1;
        }

        public Doc fact(FactKind kind, int subject, int object, String role, String value, String start, Modality modality,
                        int sentence) {
            facts.add(new FactClaim(kind, subject, object, role, value, start, null, modality, sentence, null));
            lastWasEvent = false;
            return this;
        }

        public Doc event(EventType type, String mode, String date, String place, String summary, int sentence,
                         EventClaim.Participant... participants) {
            events.add(new EventClaim(type, mode, date, place, List.of(participants), summary, Modality.ASSERTED, sentence,
                    mode));
            lastWasEvent = true;
            return this;
        }

        /** Gives the fact or event added last the probability {@code p}, as the learned models would. */
        public Doc scored(double p) {
            if (lastWasEvent) {
                events.set(events.size() - 1, events.get(events.size() - 1).withConfidence(p));
            } else {
                facts.set(facts.size() - 1, facts.get(facts.size() - 1).withConfidence(p));
            }
            return this;
        }

        /** Marks the fact or event added last as found by the extraction rule {@code rule}. */
        public Doc by(String rule) {
            if (lastWasEvent) {
                events.set(events.size() - 1, events.get(events.size() - 1).withRule(rule));
            } else {
                facts.set(facts.size() - 1, facts.get(facts.size() - 1).withRule(rule));
            }
            return this;
        }

        /** Stores the document with one cluster per entity key; entities are written by {@link #resolve()}. */
        public long store() {
            Map<String, List<Integer>> byKey = new LinkedHashMap<>();
            for (int i = 0; i < mentions.size(); i++) {
                byKey.computeIfAbsent(mentionKeys.get(i), k -> new ArrayList<>()).add(i);
            }
            List<LocalCluster> clusters = new ArrayList<>();
            byKey.forEach((key, idx) -> clusters.add(new LocalCluster(clusters.size(), mentions.get(idx.get(0)).type(), idx,
                    mentions.get(idx.get(0)).text(), idx.stream().map(i -> mentions.get(i).text()).distinct().toList(),
                    List.of("fixture"))));
            String body = text.toString();
            SourceDocument source = new SourceDocument(name, null, sha256(name + "\n" + body), "Title of " + name, outlet, url,
                    LocalDate.of(2020, 7, 12), "en", body);
            long id = documents.insert(source, "2020-07-12", "DAY", new AnnotatedDocument(body, sentences),
                    new Extraction(mentions, facts, events), clusters);
            for (LocalCluster c : clusters) {
                String key = mentionKeys.get(c.mentions().get(0));
                long entityId = entityIds.computeIfAbsent(key, k -> (long) entityIds.size() + 1);
                entityNames.putIfAbsent(key, c.name());
                entityTypes.putIfAbsent(key, c.type());
                c.mentions().forEach(i -> entitySpellings.computeIfAbsent(key, k -> new LinkedHashMap<>())
                        .merge(mentions.get(i).text(), 1, Integer::sum));
                entityDocs.computeIfAbsent(key, k -> new HashSet<>()).add(id);
                assignments.add(new Assignment(id, c.id(), entityId, 1.0, List.of("fixture")));
            }
            return id;
        }
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
