package org.dramatis.dev.bench;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.dramatis.extract.EventClaim;
import org.dramatis.extract.Extraction;
import org.dramatis.extract.FactClaim;
import org.dramatis.ingest.SourceDocument;
import org.dramatis.model.ActorType;
import org.dramatis.model.EventType;
import org.dramatis.model.FactKind;
import org.dramatis.model.Modality;
import org.dramatis.nlp.AnnotatedDocument;
import org.dramatis.resolve.LocalCluster;
import org.dramatis.resolve.NameKeys;

/**
 * A deterministic stream of invented news documents about an invented cast. Each document picks two persons, two
 * organizations, a state and a town, spells them in one transliteration (the outlet's house style) and tells a few
 * template sentences: a post with its start date, an organization nesting in another, a state backing a group, support,
 * opposition, and a raid, a meeting or an arrest with date, place and participants. Popularity is skewed, as in news:
 * a few actors appear in many documents.
 */
final class SyntheticCorpus {
    private static final String[] ROLES = {"commander", "spokesman", "secretary general", "head", "deputy head"};
    private static final String[] TOPICS = {"talks", "ceasefire", "negotiations", "campaign", "inquiry"};
    private static final LocalDate EPOCH = LocalDate.of(2014, 1, 1);

    private final Random random;
    private final List<Actor> persons = new ArrayList<>();
    private final List<Actor> organizations = new ArrayList<>();
    private final List<Actor> states = new ArrayList<>();
    private final List<Actor> towns = new ArrayList<>();
    private int made;

    /** A cast sized for {@code documents} documents: about one person per 25 documents, one organization per 60. */
    SyntheticCorpus(int documents, long seed) {
        this.random = new Random(seed);
        Names names = new Names(random, NameKeys.load());
        int next = 0;
        for (int i = 0; i < Math.max(8, documents / 25); i++) {
            persons.add(names.next(next++, ActorType.PERSON));
        }
        for (int i = 0; i < Math.max(6, documents / 60); i++) {
            organizations.add(names.next(next++, ActorType.ORGANIZATION));
        }
        for (int i = 0; i < Math.min(40, Math.max(3, documents / 100)); i++) {
            states.add(names.next(next++, ActorType.COUNTRY));
        }
        for (int i = 0; i < Math.min(200, Math.max(5, documents / 20)); i++) {
            towns.add(names.next(next++, ActorType.LOCATION));
        }
    }

    List<Actor> actors() {
        List<Actor> all = new ArrayList<>(persons);
        all.addAll(organizations);
        all.addAll(states);
        return all;
    }

    /** Every invented name, towns included: what a named-entity recognizer would know. */
    List<Actor> cast() {
        List<Actor> all = actors();
        all.addAll(towns);
        return all;
    }

    /** The next document; its name is {@code doc-000042} for the 42nd. */
    SyntheticDocument next() {
        int number = ++made;
        Actor p1 = pick(persons);
        Actor p2 = pickOther(persons, p1);
        Actor o1 = pick(organizations);
        Actor o2 = pickOther(organizations, o1);
        Cast c = new Cast(p1, p2, o1, o2, pick(states), pick(towns).canonical(), random.nextInt(3),
                EPOCH.plusDays(random.nextInt(3650)));
        DocumentBuilder b = new DocumentBuilder();
        postAndStructure(b, c);
        alignments(b, c);
        oneEvent(b, c);
        b.text(surname(p1, c.style) + " said the " + TOPICS[random.nextInt(TOPICS.length)] + " would continue.");
        b.endSentence();

        String title = p1.canonical() + " and the " + o1.canonical();
        String name = String.format(Locale.ROOT, "doc-%06d", number);
        SourceDocument source = SourceDocument.of(name, null, title, "Synthetic Wire", null, c.published, "en", b.text());
        return new SyntheticDocument(source, new AnnotatedDocument(source.text(), b.sentences()),
                new Extraction(b.mentions(), b.facts(), b.events()), clusters(b), actorsOf(b));
    }

    /** Who and where one document is about, and how it spells names. */
    private record Cast(Actor p1, Actor p2, Actor o1, Actor o2, Actor state, String town, int style, LocalDate published) {
    }

    /** "X has served as R of the O since ...", "The O1 is part of the O2 (O2)." */
    private void postAndStructure(DocumentBuilder b, Cast c) {
        LocalDate since = c.published.minusMonths(1 + random.nextInt(60));
        String role = ROLES[random.nextInt(ROLES.length)];
        int s = b.sentenceIndex();
        int sp1 = b.mention(c.p1, full(c.p1, c.style));
        b.text(" has served as " + role + " of the ");
        int so1 = b.mention(c.o1, full(c.o1, c.style));
        b.text(" since " + month(since) + " " + since.getYear() + ".");
        b.fact(fact(FactKind.ROLE, sp1, so1, role, since.toString().substring(0, 7), s));
        b.endSentence();

        s = b.sentenceIndex();
        b.text("The ");
        int po1 = b.mention(c.o1, acronym(c.o1));
        b.text(" is part of the ");
        int po2 = b.mention(c.o2, full(c.o2, c.style));
        b.text(" (");
        b.mention(c.o2, acronym(c.o2));
        b.text(").");
        b.fact(fact(FactKind.PART_OF, po1, po2, null, null, s));
        b.endSentence();
        b.paragraph();
    }

    /** Now and then a state backing O2; P2 supporting O1; P1 opposing P2. */
    private void alignments(DocumentBuilder b, Cast c) {
        int s;
        if (random.nextBoolean()) {
            s = b.sentenceIndex();
            int st = b.mention(c.state, c.state.canonical());
            b.text(" backs the ");
            int o = b.mention(c.o2, acronym(c.o2));
            b.text(", according to officials in " + c.town + ".");
            b.fact(fact(FactKind.BACKS, st, o, null, null, s));
            b.endSentence();
        }

        s = b.sentenceIndex();
        int sp2 = b.mention(c.p2, full(c.p2, c.style));
        b.text(" voiced support for the ");
        int so = b.mention(c.o1, acronym(c.o1));
        b.text(".");
        b.fact(fact(FactKind.SUPPORTS, sp2, so, null, null, s));
        b.endSentence();

        s = b.sentenceIndex();
        int op1 = b.mention(c.p1, surname(c.p1, c.style));
        b.text(" has long opposed ");
        int op2 = b.mention(c.p2, surname(c.p2, c.style));
        b.text(".");
        b.fact(fact(FactKind.OPPOSES, op1, op2, null, null, s));
        b.endSentence();
        b.paragraph();
    }

    /** One raid, meeting or arrest a few days before publication. */
    private void oneEvent(DocumentBuilder b, Cast c) {
        LocalDate when = c.published.minusDays(random.nextInt(5));
        String day = when.getDayOfMonth() + " " + month(when) + " " + when.getYear();
        String town = c.town;
        int s = b.sentenceIndex();
        switch (random.nextInt(3)) {
            case 0 -> {
                b.text("Fighters of the ");
                int actor = b.mention(c.o2, acronym(c.o2));
                b.text(" raided the offices of the ");
                int target = b.mention(c.o1, full(c.o1, c.style));
                b.text(" in " + town + " on " + day + ".");
                b.event(event(EventType.ASSAULT, "raid", when, town, actor, target, "raided", s));
            }
            case 1 -> {
                int actor = b.mention(c.p1, surname(c.p1, c.style));
                b.text(" met ");
                int target = b.mention(c.p2, surname(c.p2, c.style));
                b.text(" in " + town + " on " + day + ".");
                b.event(event(EventType.CONSULT, "meeting", when, town, actor, target, "met", s));
            }
            default -> {
                b.text("Security forces arrested ");
                int target = b.mention(c.p2, surname(c.p2, c.style));
                b.text(" in " + town + " on " + day + ".");
                b.event(new EventClaim(EventType.COERCE, "arrest", when.toString(), town,
                        List.of(new EventClaim.Participant(target, "target")), "arrest in " + town, Modality.ASSERTED, s,
                        "arrested"));
            }
        }
        b.endSentence();
    }

    private static List<LocalCluster> clusters(DocumentBuilder b) {
        List<LocalCluster> out = new ArrayList<>();
        for (Map.Entry<Actor, List<Integer>> e : b.mentionsByActor().entrySet()) {
            List<String> surfaces = e.getValue().stream().map(i -> b.mentions().get(i).text()).distinct().toList();
            String fullest = surfaces.stream().max((x, y) -> Integer.compare(x.length(), y.length())).orElseThrow();
            out.add(new LocalCluster(out.size(), e.getKey().type(), e.getValue(), fullest, surfaces,
                    surfaces.size() > 1 ? List.of("synthetic: same invented actor") : List.of()));
        }
        return out;
    }

    private static Map<Integer, Actor> actorsOf(DocumentBuilder b) {
        Map<Integer, Actor> out = new HashMap<>();
        int id = 0;
        for (Actor a : b.mentionsByActor().keySet()) {
            out.put(id++, a);
        }
        return out;
    }

    private static FactClaim fact(FactKind kind, int subject, int object, String role, String start, int sentence) {
        return new FactClaim(kind, subject, object, role, null, start, null, Modality.ASSERTED, sentence, null);
    }

    private static EventClaim event(EventType type, String mode, LocalDate date, String place, int actor, int target,
                                    String trigger, int sentence) {
        return new EventClaim(type, mode, date.toString(), place, List.of(new EventClaim.Participant(actor, "actor"),
                new EventClaim.Participant(target, "target")), mode + " in " + place, Modality.ASSERTED, sentence, trigger);
    }

    private static String full(Actor a, int style) {
        return a.fullForms().get(style % a.fullForms().size());
    }

    private static String surname(Actor a, int style) {
        return a.shortForms().get(style % a.shortForms().size());
    }

    private static String acronym(Actor a) {
        return a.shortForms().get(0);
    }

    private static String month(LocalDate d) {
        return d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    /** Skewed choice: the first actors are the famous ones. */
    private Actor pick(List<Actor> pool) {
        double r = random.nextDouble();
        return pool.get((int) (pool.size() * r * r));
    }

    private Actor pickOther(List<Actor> pool, Actor not) {
        Actor a = pick(pool);
        while (a == not) {
            a = pool.get(random.nextInt(pool.size()));
        }
        return a;
    }
}
