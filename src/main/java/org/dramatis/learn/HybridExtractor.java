package org.dramatis.learn;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.dramatis.extract.ActorMention;
import org.dramatis.extract.ClaimExtractor;
import org.dramatis.extract.ClauseSummary;
import org.dramatis.extract.EventClaim;
import org.dramatis.extract.Extraction;
import org.dramatis.extract.FactClaim;
import org.dramatis.model.FactKind;
import org.dramatis.model.ActorType;
import org.dramatis.model.Modality;
import org.dramatis.nlp.AnnotatedDocument;
import org.dramatis.nlp.EntityMention;
import org.dramatis.nlp.Sentence;

/**
 * Rules and learned models behind one contract. The rules find the mentions, references, facts and dates; the models
 * decide the events: in {@link Mode#MODELS} they alone name the events, in {@link Mode#BOTH} they also read the
 * modality of every event the rules found (a question, a plan, a conditional or a denial is no asserted deed) and add
 * the events the rules missed.
 */
public final class HybridExtractor implements ClaimExtractor {
    private static final Pattern ISO = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    /** Which component names the events. */
    public enum Mode { RULES, MODELS, BOTH }

    private final ClaimExtractor rules;
    private final EventModels models;
    private final Mode mode;
    private final double threshold;

    public HybridExtractor(ClaimExtractor rules, EventModels models, Mode mode, double threshold) {
        this.rules = rules;
        this.models = models;
        this.mode = models == null ? Mode.RULES : mode;
        this.threshold = threshold;
    }

    public Mode mode() {
        return mode;
    }

    @Override
    public org.dramatis.extract.StoryDates storyDates() {
        return rules.storyDates();
    }

    @Override
    public Extraction extract(AnnotatedDocument doc, LocalDate documentDate, org.dramatis.model.DatePrecision precision,
                              org.dramatis.model.DateSource source, String name) {
        Extraction x = rules.extract(doc, documentDate, precision, source, name);
        if (mode == Mode.RULES) {
            return x;
        }
        List<EventClaim> events = new ArrayList<>();
        Encodings enc = models.encodings();
        if (mode == Mode.BOTH) {
            x.events().forEach(e -> events.add(checked(doc, e, enc)));
        }
        for (EventModels.Found f : models.find(doc, x.mentions(), threshold, enc)) {
            boolean known = events.stream().anyMatch(e -> e.sentence() == f.sentence() && e.type() == f.type());
            if (!known) {
                events.add(claim(doc, f, x.mentions()));
            }
        }
        List<FactClaim> facts = new ArrayList<>();
        x.facts().forEach(f -> facts.add(f.withConfidence(f.object() < 0 ? null
                : models.relations().relatedProbability(doc, x.mentions(), f.subject(), f.object()))));
        for (RelationModel.Found f : models.relations().find(doc, x.mentions(), threshold)) {
            FactClaim claim = fact(doc, f, x.mentions());
            boolean known = facts.stream().anyMatch(k -> k.sentence() == f.sentence() && k.kind() == f.kind()
                    && samePair(k, f, x.mentions()));
            if (claim != null && !known) {
                facts.add(claim);
            }
        }
        return new Extraction(x.mentions(), facts, events, x.failures());
    }

    private static boolean samePair(FactClaim k, RelationModel.Found f, List<ActorMention> mentions) {
        if (k.object() < 0) {
            return false;
        }
        String ks = mentions.get(k.subject()).text();
        String ko = mentions.get(k.object()).text();
        String fs = mentions.get(f.subject()).text();
        String fo = mentions.get(f.object()).text();
        return ks.equalsIgnoreCase(fs) && ko.equalsIgnoreCase(fo) || ks.equalsIgnoreCase(fo) && ko.equalsIgnoreCase(fs);
    }

    /** A learned relation as a fact; a post needs its title from the text ("Defence Minister X"), else none is made. */
    private static FactClaim fact(AnnotatedDocument doc, RelationModel.Found f, List<ActorMention> mentions) {
        String role = null;
        if (f.kind().post() == FactKind.Post.HELD) {
            role = titleNear(doc, mentions.get(f.subject()));
            if (role == null) {
                return null;
            }
        }
        return new FactClaim(f.kind(), f.subject(), f.object(), role, null, null, null, Modality.ASSERTED, f.sentence(), null,
                f.probability());
    }

    /** The title CoreNLP tags right before a person's name, or right after it behind a comma ("X, the defence minister"). */
    static String titleNear(AnnotatedDocument doc, ActorMention person) {
        int[] at = Examples.tokens(doc, person.begin(), person.end());
        if (at == null) {
            return null;
        }
        List<org.dramatis.nlp.Token> t = doc.sentences().get(at[0]).tokens();
        int b = at[1];
        while (b > 0 && "TITLE".equals(t.get(b - 1).ner())) {
            b--;
        }
        if (b < at[1]) {
            return join(t, b, at[1]);
        }
        int e = at[2];
        if (e < t.size() && t.get(e).word().equals(",")) {
            int k = e + 1;
            while (k < t.size() && "DT".equals(t.get(k).pos())) {
                k++;
            }
            int end = k;
            while (end < t.size() && "TITLE".equals(t.get(end).ner())) {
                end++;
            }
            return end > k ? join(t, k, end) : null;
        }
        return null;
    }

    private static String join(List<org.dramatis.nlp.Token> t, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            b.append(i > from ? " " : "").append(t.get(i).word().toLowerCase(Locale.ROOT));
        }
        return b.toString();
    }

    /**
     * A rule event read by the models at its trigger word: scored with the trigger model's probability that the word
     * names an event, and given the modality the modality model reads when that model is sure it is no asserted deed.
     */
    private EventClaim checked(AnnotatedDocument doc, EventClaim e, Encodings enc) {
        if (e.trigger() == null) {
            return e;
        }
        Sentence s = doc.sentences().get(e.sentence());
        int token = tokenOf(s, e.trigger());
        if (token < 0) {
            return e;
        }
        EventClaim scored = e.withConfidence(1 - models.noEventAt(s, token, enc));
        if (e.modality() != Modality.ASSERTED) {
            return scored;
        }
        LinearClassifier.Prediction m = models.modalityAt(s, token, enc);
        Modality read = modality(m.label());
        if (read == Modality.ASSERTED || read == Modality.ALLEGED || m.probability() < 0.6) {
            return scored;
        }
        return scored.withModality(read);
    }

    private static int tokenOf(Sentence s, String trigger) {
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

    private static EventClaim claim(AnnotatedDocument doc, EventModels.Found f, List<ActorMention> mentions) {
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
        String date = dateIn(doc.sentences().get(f.sentence()));
        List<EventClaim.Participant> participants = new ArrayList<>();
        parts.forEach((m, r) -> participants.add(new EventClaim.Participant(m, r)));
        return new EventClaim(f.type(), null, date, place, participants, summary(doc.sentences().get(f.sentence()), f.token(), parts, mentions, date, place),
                modality(f.modality()), f.sentence(), f.word(), f.probability());
    }

    /** The first date the sentence states with a year, as CoreNLP normalised it. */
    private static String dateIn(Sentence s) {
        for (EntityMention m : s.mentions()) {
            String v = m.normalized();
            if ("DATE".equals(m.tag()) && v != null) {
                String day = v.length() >= 10 ? v.substring(0, 10) : v;
                if (ISO.matcher(day).matches()) {
                    return day;
                }
            }
        }
        return null;
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
