package org.dramatis.learn;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dramatis.corpus.GoldExport;
import org.dramatis.extract.ActorMention;
import org.dramatis.extract.ClaimClassifier;
import org.dramatis.extract.ClaimDocument;
import org.dramatis.extract.ClaimExtractor;
import org.dramatis.extract.ClauseSummary;
import org.dramatis.extract.EventClaim;
import org.dramatis.extract.Extraction;
import org.dramatis.extract.Extractor;
import org.dramatis.extract.FactClaim;
import org.dramatis.model.EventType;
import org.dramatis.model.FactKind;
import org.dramatis.model.ActorType;
import org.dramatis.model.Modality;
import org.dramatis.nlp.AnnotatedDocument;
import org.dramatis.nlp.Sentence;

/**
 * Rules and learned models behind one contract, as the classification step of the rules' pipeline: the rules' steps
 * find the mentions and references, the rules classify, and the models decide the events: in {@link Mode#MODELS} they
 * alone name the events, in {@link Mode#BOTH} they also read the modality of every event the rules found (a question, a
 * plan, a conditional or a denial is no asserted deed) and add the events the rules missed. A learned event is dated and
 * qualified by the pipeline's shared steps ({@link ClaimDocument#eventDate}, {@link ClaimDocument#modality}), as the
 * rules' events are.
 */
public final class HybridExtractor implements ClaimExtractor, ClaimClassifier {
    /** Which component names the events. */
    public enum Mode { RULES, MODELS, BOTH }

    /** The origin the fact check reads for an appointed fact taken from an appointment event. */
    static final String APPOINTMENT_ORIGIN = "appointment-event";

    private final ClaimClassifier rules;
    private final ClaimExtractor pipeline;
    private final EventModels models;
    private final Mode mode;
    private final double threshold;

    /** The rules' pipeline with the models in its classification step ({@link Extractor#classifiedBy}). */
    public HybridExtractor(Extractor rules, EventModels models, Mode mode, double threshold) {
        this.rules = rules.rulesClassifier();
        this.models = models;
        this.mode = models == null ? Mode.RULES : mode;
        this.threshold = threshold;
        this.pipeline = this.mode == Mode.RULES ? rules : rules.classifiedBy(this);
    }

    public Mode mode() {
        return mode;
    }

    @Override
    public org.dramatis.extract.StoryDates storyDates() {
        return pipeline.storyDates();
    }

    @Override
    public Extraction extract(AnnotatedDocument doc, LocalDate documentDate, org.dramatis.model.DatePrecision precision,
                              org.dramatis.model.DateSource source, String name) {
        return pipeline.extract(doc, documentDate, precision, source, name);
    }

    /**
     * The rules, then the models' events and relations on what they found. Each model step runs sentence by sentence
     * (and a revision claim by claim) under the document's guard ({@link ClaimDocument#guarded}): a model that throws on
     * a strange parse costs its output for that sentence, never the article's claims.
     */
    @Override
    public void classify(ClaimDocument claims) {
        rules.classify(claims);
        AnnotatedDocument doc = claims.document();
        List<ActorMention> mentions = claims.mentions();
        Encodings enc = models.encodings();
        claims.reviseEvents("event models: reading", e -> mode == Mode.BOTH ? checked(doc, e, mentions, enc) : null);
        // With a check, the models propose events at the probability the check was trained to judge.
        double propose = models.check() == null ? threshold : models.check().proposal();
        List<EventModels.Found> found = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            claims.guarded("event models", s.index(), () -> found.addAll(models.findIn(doc, s, mentions, propose, enc)));
        }
        for (EventModels.Found f : found) {
            boolean known = claims.events().stream().anyMatch(e -> e.sentence() == f.sentence() && e.type() == f.type());
            if (!known) {
                claims.guarded("event models", f.sentence(), () -> claims.addEvent(claim(claims, f, found, mentions)));
            }
        }
        // A deed no actor, target, other party or place takes part in ("Heavy gunfire continues.") is on no actor's
        // page and matches no annotator's event; it is not kept as one.
        claims.reviseEvents("events with no one in them", e -> !e.modality().countsAsFact() || !e.participants().isEmpty()
                || e.place() != null ? e : null);
        check(claims, enc);
        appointments(claims);
        claims.reviseFacts("relation model: scoring", f -> f.withConfidence(f.object() < 0 ? null
                : models.relations().relatedProbability(doc, mentions, f.subject(), f.object(), enc)));
        for (Sentence s : doc.sentences()) {
            claims.guarded("relation model", s.index(), () -> ModelRelations.add(claims, mentions, models.relations()
                    .findIn(doc, s, mentions, threshold, enc)));
        }
        checkFacts(claims);
        chooseBodies(claims);
    }

    /**
     * Who appointed whom, read from the events that survived the check: each actor of an asserted or alleged
     * appointment appointed each person it targets ("Salih named Kadhimi", "parliament confirmed the ministers"),
     * dated by the event, as annotators list it (docs/annotation.md); a dismissal appoints no one. The fact check then
     * judges these like any other.
     */
    private static void appointments(ClaimDocument claims) {
        List<ActorMention> mentions = claims.mentions();
        for (EventClaim e : List.copyOf(claims.events())) {
            if (e.type() != EventType.APPOINTMENT || !e.modality().countsAsFact() || GoldExport.DISMISSAL.equals(e.mode())) {
                continue;
            }
            for (EventClaim.Participant a : e.participants()) {
                for (EventClaim.Participant t : e.participants()) {
                    if (!a.role().equals("actor") || !t.role().equals("target") || a.mention() == t.mention()
                            || mentions.get(t.mention()).type() != ActorType.PERSON
                            || mentions.get(a.mention()).text().equalsIgnoreCase(mentions.get(t.mention()).text())
                            || claims.facts().stream().anyMatch(f -> f.kind() == FactKind.APPOINTED
                            && f.subject() == a.mention() && f.object() == t.mention())) {
                        continue;
                    }
                    claims.guarded("appointments", e.sentence(), () -> claims.addFact(new FactClaim(FactKind.APPOINTED,
                            a.mention(), t.mention(), null, null, e.date(), null, e.modality(), e.sentence(), null, null,
                            APPOINTMENT_ORIGIN)));
                }
            }
        }
    }

    /**
     * Posts with no stated body, once past the fact check, get the one the {@link BodyChooser} finds likely enough: the
     * check judged the post as the rules read it (a post with no body it keeps unjudged, so the posts page keeps it).
     */
    private void chooseBodies(ClaimDocument claims) {
        BodyChooser chooser = models.bodyChooser();
        if (chooser == null) {
            return;
        }
        List<ActorMention> mentions = claims.mentions();
        BodyChooser.Names names = new BodyChooser.Names(mentions);
        claims.reviseFacts("post bodies", f -> chooser.choose(claims.document(), mentions, names, f));
    }

    /**
     * The fact check's verdict on every counted fact, rules' and model's alike: dropped when less likely right than its
     * threshold, else scored with its probability. Facts a report only plans, denies or asks about stay as they are, and
     * so do posts whose body the text does not name ({@link FactCheck#judges}).
     */
    private void checkFacts(ClaimDocument claims) {
        FactCheck check = models.factCheck();
        if (check == null) {
            return;
        }
        List<FactClaim> all = List.copyOf(claims.facts());
        List<ActorMention> mentions = claims.mentions();
        claims.reviseFacts("fact check", f -> {
            if (!f.modality().countsAsFact() || !FactCheck.judges(f)) {
                return f;
            }
            double p = check.probability(claims.document(), mentions, f, all);
            return p < check.threshold() ? null : f.withConfidence(p);
        });
    }

    /**
     * The event check's verdict on every counted event, rules' and models' alike: dropped when less likely right than
     * the check's threshold, else scored with its probability. Questions, plans and denials stay as they are (marked,
     * never counted as deeds).
     */
    private void check(ClaimDocument claims, Encodings enc) {
        EventCheck check = models.check();
        if (check == null) {
            return;
        }
        List<EventClaim> all = List.copyOf(claims.events());
        List<ActorMention> mentions = claims.mentions();
        claims.reviseEvents("event check", e -> {
            if (!e.modality().countsAsFact()) {
                return e;
            }
            double p = check.probability(claims.document(), mentions, e, all, enc);
            return p < check.threshold() ? null : e.withConfidence(p);
        });
    }

    /**
     * A rule event read by the models at its trigger word: scored with the trigger model's probability that the word
     * names an event, given the modality the modality model reads when that model is sure it is no asserted deed, and,
     * when it stays a counted deed, without the participants the argument model is sure take no part ({@link #argued}).
     */
    private EventClaim checked(AnnotatedDocument doc, EventClaim e, List<ActorMention> mentions, Encodings enc) {
        if (e.trigger() == null) {
            return e;
        }
        Sentence s = doc.sentences().get(e.sentence());
        int token = tokenOf(s, e.trigger());
        if (token < 0) {
            return e;
        }
        EventClaim scored = e.withConfidence(1 - models.noEventAt(s, token, enc));
        if (e.modality() == Modality.ASSERTED) {
            LinearClassifier.Prediction m = models.modalityAt(s, token, enc);
            Modality read = modality(m.label());
            if (read != Modality.ASSERTED && read != Modality.ALLEGED && m.probability() >= 0.6) {
                scored = scored.withModality(read);
            }
        }
        if (!scored.modality().countsAsFact() || scored.participants().isEmpty()) {
            return scored;
        }
        // The model reads only the participants: it adds no one.
        List<ActorMention> parts = scored.participants().stream().map(p -> mentions.get(p.mention())).toList();
        return argued(scored, models.argumentsAt(doc, s, token, e.type(), parts));
    }

    /** The argument model's probability of "none" at which a rule event's participant is dropped. */
    static final double ARGUMENT_DROP = 0.9;

    /**
     * The argument model's say on a rule event's participants ({@code read}: its reading of each participant's mention
     * in the sentence, {@link EventModels#argumentsAt}): a participant it reads as taking no part in the deed with probability
     * at least {@link #ARGUMENT_DROP} leaves the event ("Rockets" as the actor of a headline's "strike", a city named
     * beside the deed as "other"). On dev this dropped 15 wrong participants and 1 right one. An event that is no counted
     * deed (a question, a plan, a denial) keeps its participants. The model adds no one: filling an actor or target the
     * rules left empty with the mention it read as the source or target (at 0.5) added more wrong participants than
     * right ones on dev (README, "Sixteenth slice").
     */
    static EventClaim argued(EventClaim e, Map<Integer, LinearClassifier.Prediction> read) {
        if (!e.modality().countsAsFact()) {
            return e;
        }
        List<EventClaim.Participant> parts = e.participants().stream().filter(p -> {
            LinearClassifier.Prediction r = read.get(p.mention());
            return r == null || r.of("none") < ARGUMENT_DROP;
        }).toList();
        return parts.size() == e.participants().size() ? e : e.withParticipants(parts);
    }

    static int tokenOf(Sentence s, String trigger) {
        String first = trigger.split("\\s+")[0];
        for (int i = 0; i < s.tokens().size(); i++) {
            if (s.tokens().get(i).word().equals(first)) {
                return i;
            }
        }
        return -1;
    }

    /** Corpus modalities in the product's terms: questions and plans, like conditionals, are not asserted deeds. */
    static Modality modality(String label) {
        return switch (label) {
            case "asserted" -> Modality.ASSERTED;
            case "alleged" -> Modality.ALLEGED;
            case "denied" -> Modality.DENIED;
            default -> Modality.HYPOTHETICAL;
        };
    }

    /**
     * A learned event as a claim, dated by the rules' event dating (the other events the models found in its sentence
     * telling which words name events: "a day after the raid"); its modality the one the rules read around the trigger
     * when that is no asserted deed, else the one the model reads.
     */
    private static EventClaim claim(ClaimDocument claims, EventModels.Found f, List<EventModels.Found> found,
                                    List<ActorMention> mentions) {
        Map<Integer, String> parts = new LinkedHashMap<>();
        String place = null;
        for (EventModels.Role r : f.roles()) {
            ActorMention m = mentions.get(r.mention());
            if (r.role().equals("place") && (m.type() == ActorType.LOCATION || m.type() == ActorType.COUNTRY)) {
                place = place == null ? m.text() : place;
                continue;
            }
            String role = switch (r.role()) {
                case "src" -> "actor";
                case "tgt" -> "target";
                default -> "other";
            };
            parts.putIfAbsent(r.mention(), role);
        }
        int actor = parts.entrySet().stream().filter(e -> e.getValue().equals("actor")).mapToInt(Map.Entry::getKey)
                .findFirst().orElse(-1);
        String date = claims.eventDate(f.sentence(), f.token(), f.type(), actor, parts.keySet(), t -> found.stream()
                .filter(o -> o.sentence() == f.sentence() && o.token() == t).map(EventModels.Found::type).findFirst()
                .orElse(null));
        Modality read = claims.modality(f.sentence(), f.token());
        Modality modality = read != Modality.ASSERTED ? read : modality(f.modality());
        List<EventClaim.Participant> participants = new ArrayList<>();
        parts.forEach((m, r) -> participants.add(new EventClaim.Participant(m, r)));
        Sentence s = claims.document().sentences().get(f.sentence());
        return new EventClaim(f.type(), claims.triggerMode(f.sentence(), f.token(), f.type()), date, place, participants,
                summary(s, f.token(), parts, mentions, date, place),
                modality, f.sentence(), f.word(), f.probability());
    }

    /** The clause that tells the event (ClauseSummary), else the actor, trigger word and other participants in a row. */
    private static String summary(Sentence s, int token, Map<Integer, String> parts, List<ActorMention> mentions, String date,
                                  String place) {
        ClauseSummary.Actor actor = ClauseSummary.actorOf(parts, m -> {
            ActorMention a = mentions.get(m);
            return new ClauseSummary.Actor(a.text(), a.begin(), a.end());
        });
        String clause = ClauseSummary.of(s, token, actor);
        return clause != null ? clause : listSummary(parts, mentions, s.tokens().get(token).word(), date, place);
    }

    private static String listSummary(Map<Integer, String> parts, List<ActorMention> mentions, String trigger, String date,
                                      String place) {
        StringBuilder sb = new StringBuilder();
        parts.forEach((m, r) -> {
            if (r.equals("actor")) {
                sb.append(mentions.get(m).text()).append(' ');
            }
        });
        sb.append(trigger.toLowerCase(Locale.ROOT));
        parts.forEach((m, r) -> {
            if (!r.equals("actor")) {
                sb.append(' ').append(mentions.get(m).text());
            }
        });
        if (place != null) {
            sb.append(" in ").append(place);
        }
        if (date != null) {
            sb.append(" (").append(date).append(')');
        }
        return sb.toString();
    }
}
