package org.dramatis.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dramatis.extract.ActorMention;
import org.dramatis.extract.EventClaim;
import org.dramatis.extract.Extraction;
import org.dramatis.extract.FactClaim;
import org.dramatis.graph.Database;
import org.dramatis.graph.DocumentStore;
import org.dramatis.graph.DecisionRepository;
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
 * A small hand-made store for web tests: two invented articles, four actors, two facts and one event. The second
 * article carries markup and an attribute-breaking quote in its text, title and one actor's name, to test escaping.
 */
final class TestStore {
    static final long VENHOLD = 1;
    static final long GUARD = 2;
    static final long FRONT = 3;
    static final long SOL = 4;
    static final String EVIL_NAME = "Sol <script>alert(1)</script>";
    static final String ROLE_SENTENCE = "General Tariq Venhold has commanded the Northern Guard since 2019.";
    static final String BACKS_SENTENCE = "Officials say the Northern Guard backs the Ardent Front with money and arms.";
    static final String MEETING_SENTENCE = "Tarik Venholt met " + EVIL_NAME + " in Qarath on 3 May 2021.";

    final Database db;
    final GraphQueries graph;
    final EventQueries events;
    final EntityRepository entities;
    final DecisionRepository decisions;
    final long docA;
    final long docB;
    /** The third article, from another outlet, that contradicts the first two; -1 when not created. */
    final long docC;

    static final String RIVAL_ROLE_SENTENCE = "Tarik Venholt has led the Ardent Front since 2017.";
    static final String RIVAL_MEETING_SENTENCE = "Tarik Venholt met " + EVIL_NAME + " in Qarath on 4 May 2021.";
    static final String QUOTE_SENTENCE = "Tariq Venhold said the Ardent Front opposes the Northern Guard.";

    private TestStore(Database opened, boolean withRivalOutlet) {
        db = opened;
        graph = new GraphQueries(db);
        events = new EventQueries(db);
        entities = new EntityRepository(db);
        decisions = new DecisionRepository(db);
        DocumentStore documents = new DocumentStore(db);

        Doc a = new Doc(List.of(ROLE_SENTENCE, BACKS_SENTENCE, "Venhold declined to comment."));
        int venhold = a.mention(0, "Tariq Venhold", ActorType.PERSON);
        int guard = a.mention(0, "Northern Guard", ActorType.ORGANIZATION);
        int guard2 = a.mention(1, "Northern Guard", ActorType.ORGANIZATION);
        int front = a.mention(1, "Ardent Front", ActorType.ORGANIZATION);
        int venhold2 = a.mention(2, "Venhold", ActorType.PERSON);
        a.facts.add(new FactClaim(FactKind.ROLE, venhold, guard, "commander", null, "2019", null, Modality.ASSERTED, 0, null));
        a.facts.add(new FactClaim(FactKind.BACKS, guard2, front, null, null, null, null, Modality.ALLEGED, 1, "officials"));
        a.clusters.add(new LocalCluster(0, ActorType.PERSON, List.of(venhold, venhold2), "Tariq Venhold",
                List.of("Tariq Venhold", "Venhold"), List.of("'Venhold' is a short form of the only matching full name 'Tariq Venhold'")));
        a.clusters.add(new LocalCluster(1, ActorType.ORGANIZATION, List.of(guard, guard2), "Northern Guard",
                List.of("Northern Guard"), List.of("same name")));
        a.clusters.add(new LocalCluster(2, ActorType.ORGANIZATION, List.of(front), "Ardent Front", List.of("Ardent Front"),
                List.of()));
        docA = a.store(documents, "valley-post-1.txt", "Guard commander keeps his post", "Valley Post",
                "https://example.org/guard", "2021-04-02");

        Doc b = new Doc(List.of(MEETING_SENTENCE, "A reader wrote \" onmouseover=\"x to the editor."));
        int venholt = b.mention(0, "Tarik Venholt", ActorType.PERSON);
        int sol = b.mention(0, EVIL_NAME, ActorType.PERSON);
        b.events.add(new EventClaim(EventType.CONSULT, "meeting", "2021-05-03", "Qarath",
                List.of(new EventClaim.Participant(venholt, "actor"), new EventClaim.Participant(sol, "target")),
                "Venholt met Sol", Modality.ASSERTED, 0, "met"));
        b.clusters.add(new LocalCluster(0, ActorType.PERSON, List.of(venholt), "Tarik Venholt", List.of("Tarik Venholt"),
                List.of()));
        b.clusters.add(new LocalCluster(1, ActorType.PERSON, List.of(sol), EVIL_NAME, List.of(EVIL_NAME), List.of()));
        docB = b.store(documents, "wire-2.txt", "Talks <i>begin</i> \" onmouseover=\"x", "Coast Wire",
                "javascript:alert(1)", "2021-05-04", "text");

        List<Assignment> rival = new ArrayList<>();
        if (withRivalOutlet) {
            Doc c = new Doc(List.of(RIVAL_ROLE_SENTENCE, RIVAL_MEETING_SENTENCE, QUOTE_SENTENCE));
            int v0 = c.mention(0, "Tarik Venholt", ActorType.PERSON);
            int f0 = c.mention(0, "Ardent Front", ActorType.ORGANIZATION);
            int v1 = c.mention(1, "Tarik Venholt", ActorType.PERSON);
            int s1 = c.mention(1, EVIL_NAME, ActorType.PERSON);
            int v2 = c.mention(2, "Tariq Venhold", ActorType.PERSON);
            int f2 = c.mention(2, "Ardent Front", ActorType.ORGANIZATION);
            int g2 = c.mention(2, "Northern Guard", ActorType.ORGANIZATION);
            c.facts.add(new FactClaim(FactKind.ROLE, v0, f0, "commander", null, "2017", null, Modality.ASSERTED, 0, null));
            c.facts.add(new FactClaim(FactKind.OPPOSES, f2, g2, null, null, null, null, Modality.ALLEGED, 2,
                    "Tariq Venhold"));
            c.events.add(new EventClaim(EventType.CONSULT, "meeting", "2021-05", "Qarath",
                    List.of(new EventClaim.Participant(v1, "actor"), new EventClaim.Participant(s1, "target")),
                    "Venholt met Sol", Modality.ASSERTED, 1, "met"));
            c.clusters.add(new LocalCluster(0, ActorType.PERSON, List.of(v0, v1, v2), "Tarik Venholt",
                    List.of("Tarik Venholt", "Tariq Venhold"), List.of()));
            c.clusters.add(new LocalCluster(1, ActorType.ORGANIZATION, List.of(f0, f2), "Ardent Front",
                    List.of("Ardent Front"), List.of()));
            c.clusters.add(new LocalCluster(2, ActorType.PERSON, List.of(s1), EVIL_NAME, List.of(EVIL_NAME), List.of()));
            c.clusters.add(new LocalCluster(3, ActorType.ORGANIZATION, List.of(g2), "Northern Guard",
                    List.of("Northern Guard"), List.of()));
            docC = c.store(documents, "courier-3.txt", "A rival account", "Hill Courier", "https://example.org/rival",
                    "2021-05-06");
            rival.addAll(List.of(new Assignment(docC, 0, VENHOLD, 0.9, List.of()), new Assignment(docC, 1, FRONT, 1.0, List.of()),
                    new Assignment(docC, 2, SOL, 1.0, List.of()), new Assignment(docC, 3, GUARD, 1.0, List.of())));
        } else {
            docC = -1;
        }
        List<Assignment> assignments = new ArrayList<>(List.of(new Assignment(docA, 0, VENHOLD, 1.0, List.of("new entity: no candidate")),
                new Assignment(docA, 1, GUARD, 1.0, List.of()),
                new Assignment(docA, 2, FRONT, 1.0, List.of()),
                new Assignment(docB, 0, VENHOLD, 0.9, List.of("same transliteration key 'trk wnhlt' ('Tarik Venholt')")),
                new Assignment(docB, 1, SOL, 1.0, List.of())));
        assignments.addAll(rival);
        Set<Long> venholdDocs = withRivalOutlet ? Set.of(docA, docB, docC) : Set.of(docA, docB);
        Set<Long> orgDocs = withRivalOutlet ? Set.of(docA, docC) : Set.of(docA);
        Set<Long> solDocs = withRivalOutlet ? Set.of(docB, docC) : Set.of(docB);
        entities.save(List.of(
                new ResolvedEntity(VENHOLD, "Tariq Venhold", ActorType.PERSON,
                        Map.of("Tariq Venhold", 1, "Venhold", 1, "Tarik Venholt", 1), List.of("same transliteration key 'trk wnhlt' ('Tarik Venholt')"),
                        venholdDocs),
                new ResolvedEntity(GUARD, "Northern Guard", ActorType.ORGANIZATION, Map.of("Northern Guard", 2), List.of(),
                        orgDocs),
                new ResolvedEntity(FRONT, "Ardent Front", ActorType.ORGANIZATION, Map.of("Ardent Front", 1), List.of(),
                        orgDocs),
                new ResolvedEntity(SOL, EVIL_NAME, ActorType.PERSON, Map.of(EVIL_NAME, 1), List.of(), solDocs)),
                assignments, true);
    }

    static TestStore create(Path dir) {
        return new TestStore(Database.open(dir), false);
    }

    /** The same store on a store of that kind (graph/TestStores), for tests that also run on PostgreSQL. */
    static TestStore create(org.dramatis.graph.TestStores.Kind kind, Path dir) {
        return new TestStore(kind.open(dir), false);
    }

    /** The same store plus a third article from another outlet that gives a different post, date and a quote. */
    static TestStore createWithRivalOutlet(Path dir) {
        return new TestStore(Database.open(dir), true);
    }

    /** Lays sentences out one after another and finds mentions by their surface text. */
    private static final class Doc {
        final String text;
        final List<Sentence> sentences = new ArrayList<>();
        final List<ActorMention> mentions = new ArrayList<>();
        final List<FactClaim> facts = new ArrayList<>();
        final List<EventClaim> events = new ArrayList<>();
        final List<LocalCluster> clusters = new ArrayList<>();

        Doc(List<String> sentenceTexts) {
            StringBuilder sb = new StringBuilder();
            for (String s : sentenceTexts) {
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                int begin = sb.length();
                sb.append(s);
                sentences.add(new Sentence(sentences.size(), begin, sb.length(), s, List.of(), List.of(), List.of()));
            }
            text = sb.toString();
        }

        int mention(int sentence, String surface, ActorType type) {
            Sentence s = sentences.get(sentence);
            int at = s.text().indexOf(surface);
            if (at < 0) {
                throw new IllegalArgumentException("'" + surface + "' is not in sentence " + sentence);
            }
            int index = mentions.size();
            mentions.add(new ActorMention(index, surface, type, sentence, s.begin() + at, s.begin() + at + surface.length(),
                    "ner"));
            return index;
        }

        long store(DocumentStore store, String name, String title, String outlet, String url, String published) {
            return store(store, name, title, outlet, url, published, "file");
        }

        /** @param dateSource where the date comes from: "file", or "text" for one inferred from the text */
        long store(DocumentStore store, String name, String title, String outlet, String url, String published,
                   String dateSource) {
            SourceDocument source = new SourceDocument(name, Path.of(name), sha256(text), title, outlet, url,
                    "file".equals(dateSource) ? LocalDate.parse(published) : null, "en", text);
            return store.insert(source, published, "DAY", dateSource, new AnnotatedDocument(text, sentences),
                    new Extraction(mentions, facts, events), clusters);
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
