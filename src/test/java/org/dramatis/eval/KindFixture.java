package org.dramatis.eval;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.dramatis.model.ActorType;
import org.dramatis.model.FactKind;
import org.dramatis.model.Modality;

/**
 * A store with one fact of every {@link FactKind}, each in a sentence of its own between actors of types the kind
 * admits, so that every consumer of kinds (dossier, exports, network) can be tried on each. A kind added without a
 * line here fails {@link #everyKind}.
 */
public final class KindFixture {
    /** One fact: its sentence, subject and object (surface, type, entity key), role, value and start. */
    public record Line(String sentence, String subject, ActorType subjectType, String subjectKey, String object,
                       ActorType objectType, String objectKey, String role, String value, String start) {
    }

    private static final ActorType P = ActorType.PERSON;
    private static final ActorType O = ActorType.ORGANIZATION;
    private static final ActorType C = ActorType.COUNTRY;
    private static final ActorType L = ActorType.LOCATION;

    /** The invented facts, one per kind. */
    public static final Map<FactKind, Line> LINES = lines();

    private KindFixture() {
    }

    private static Map<FactKind, Line> lines() {
        Map<FactKind, Line> m = new EnumMap<>(FactKind.class);
        m.put(FactKind.ROLE, new Line("Ana Verel has headed the River Front since 2016.",
                "Ana Verel", P, "verel", "River Front", O, "front", "head", null, "2016"));
        m.put(FactKind.MEMBER, new Line("Ana Verel speaks for the Lowland Bloc as one of its members.",
                "Ana Verel", P, "verel", "Lowland Bloc", O, "bloc", "spokesman", null, null));
        m.put(FactKind.PART_OF, new Line("The River Front is one of the factions of the Lowland Bloc.",
                "River Front", O, "front", "Lowland Bloc", O, "bloc", null, null, null));
        m.put(FactKind.REPRESENTS, new Line("In parliament the Lowland Bloc speaks for the River Front.",
                "Lowland Bloc", O, "bloc", "River Front", O, "front", null, null, null));
        m.put(FactKind.BACKS, new Line("Veloria pays and arms the River Front.",
                "Veloria", C, "veloria", "River Front", O, "front", null, null, null));
        m.put(FactKind.SUPPORTS, new Line("Ana Verel welcomed the Lowland Bloc's plan.",
                "Ana Verel", P, "verel", "Lowland Bloc", O, "bloc", null, null, null));
        m.put(FactKind.OPPOSES, new Line("The River Front rejects any deal with Veloria.",
                "River Front", O, "front", "Veloria", C, "veloria", null, null, null));
        m.put(FactKind.ACCUSES, new Line("Veloria blamed Ana Verel for the unrest.",
                "Veloria", C, "veloria", "Ana Verel", P, "verel", null, null, null));
        m.put(FactKind.THREATENS, new Line("The River Front warned the Lowland Bloc of reprisals.",
                "River Front", O, "front", "Lowland Bloc", O, "bloc", null, null, null));
        m.put(FactKind.DESIGNATED_TERRORIST, new Line("The River Front was listed as a terrorist group by Veloria.",
                "River Front", O, "front", "Veloria", C, "veloria", null, null, null));
        m.put(FactKind.APPOINTED, new Line("Veloria named Ana Verel its envoy.",
                "Veloria", C, "veloria", "Ana Verel", P, "verel", "envoy", null, null));
        m.put(FactKind.ASSOCIATE, new Line("Ana Verel is close to Tomas Ebrin.",
                "Ana Verel", P, "verel", "Tomas Ebrin", P, "ebrin", null, null, null));
        m.put(FactKind.BORN, new Line("Ana Verel was born in Port Selin in 1971.",
                "Ana Verel", P, "verel", "Port Selin", L, "selin", null, "1971", null));
        m.put(FactKind.NATIONALITY, new Line("Ana Verel holds a passport of France.",
                "Ana Verel", P, "verel", "France", C, "france", null, null, null));
        m.put(FactKind.EDUCATION, new Line("Ana Verel studied law at Selin University.",
                "Ana Verel", P, "verel", "Selin University", O, "university", null, null, null));
        return m;
    }

    /** The store: one document, every line's fact asserted; fails naming a kind that has no line. */
    public static EvalFixture everyKind(Path dir) {
        EvalFixture fx = EvalFixture.open(dir);
        EvalFixture.Doc doc = fx.doc("kinds.txt", "https://kinds.example/1", "Kind Courier");
        for (FactKind kind : FactKind.values()) {
            Line l = LINES.get(kind);
            if (l == null) {
                throw new IllegalStateException("KindFixture has no fact of kind " + kind + ": add a line for it");
            }
            int s = doc.sentence(l.sentence());
            int subject = doc.mention(s, l.subject(), l.subjectType(), l.subjectKey());
            int object = doc.mention(s, l.object(), l.objectType(), l.objectKey());
            doc.fact(kind, subject, object, l.role(), l.value(), l.start(), Modality.ASSERTED, s);
        }
        doc.store();
        return fx.resolve();
    }
}
