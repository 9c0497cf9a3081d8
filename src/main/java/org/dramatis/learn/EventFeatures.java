package org.dramatis.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Features of the learned event models, read from CoreNLP's annotations only: the candidate word, its neighbours, its
 * place in the dependency tree, and the cues in its sentence that make a report a question, a denial, a plan or a
 * conditional. Words, not names: no feature names an actor or a country.
 */
final class EventFeatures {
    /** Words that change what a sentence asserts; seen anywhere in the sentence they become features. */
    private static final Set<String> CUES = Set.of("if", "could", "might", "may", "would", "will", "should", "deny",
            "denied", "not", "never", "no", "plan", "expect", "reportedly", "allegedly", "accuse", "claim", "say",
            "whether", "unless", "threaten", "vow", "propose", "due", "schedule", "hope", "fear", "want", "seek",
            "call", "demand", "urge", "possible", "likely", "rumour", "rumor", "suspect", "reject", "refuse", "fail",
            "?", "would-be", "intend", "set", "to");
    private static final Set<String> CANDIDATE_NER = Set.of("O", "CRIMINAL_CHARGE", "CAUSE_OF_DEATH", "MISC");

    private EventFeatures() {
    }

    /** Whether a token can name an event: a verb or a common noun outside a named entity. */
    static boolean candidate(Parse p, int i) {
        String pos = p.pos(i);
        String ner = p.token(i).ner();
        return (pos.startsWith("VB") || pos.startsWith("NN")) && (ner == null || CANDIDATE_NER.contains(ner))
                && p.token(i).word().chars().anyMatch(Character::isLetter);
    }

    /** Features for deciding whether token {@code i} names an event and of which type. */
    static List<String> trigger(Parse p, int i) {
        List<String> f = new ArrayList<>();
        String lemma = p.lemma(i);
        String pos = p.pos(i);
        String coarse = pos.length() >= 2 ? pos.substring(0, 2) : pos;
        f.add("l=" + lemma);
        f.add("w=" + p.lower(i));
        f.add("p=" + pos);
        f.add("lc=" + lemma + "/" + coarse);
        f.add("rel=" + p.relation[i]);
        f.add("rel-l=" + p.relation[i] + "/" + lemma);
        int h = p.head[i];
        f.add("h=" + (h < 0 ? "ROOT" : p.lemma(h)));
        f.add("hp=" + (h < 0 ? "ROOT" : p.pos(h)));
        f.add("l-1=" + p.lemma(i - 1));
        f.add("l+1=" + p.lemma(i + 1));
        f.add("l-2=" + p.lemma(i - 2));
        f.add("l+1l+2=" + p.lemma(i + 1) + "_" + p.lemma(i + 2));
        f.add("p-1p+1=" + p.pos(i - 1) + "_" + p.pos(i + 1));
        for (int c : p.children.get(i)) {
            String rel = p.relation[c];
            f.add("c=" + rel);
            f.add("c-l=" + rel + "/" + p.lemma(c));
            String ner = p.token(c).ner();
            if (ner != null && !ner.equals("O")) {
                f.add("c-ner=" + rel + "/" + ner);
            }
        }
        f.addAll(cues(p, i));
        return f;
    }

    /** Features for the modality of an event whose trigger is token {@code i}. */
    static List<String> modality(Parse p, int i) {
        List<String> f = new ArrayList<>(cues(p, i));
        f.add("l=" + p.lemma(i));
        f.add("p=" + p.pos(i));
        f.add("rel=" + p.relation[i]);
        for (int c : p.children.get(i)) {
            String rel = p.relation[c];
            if (rel.startsWith("aux") || rel.equals("mark") || rel.equals("advmod") || rel.equals("neg")) {
                f.add("c-l=" + rel + "/" + p.lemma(c));
            }
        }
        int depth = 0;
        for (int h = p.head[i]; h >= 0 && depth < 3; h = p.head[h], depth++) {
            f.add("anc" + depth + "=" + p.lemma(h));
            f.add("anc=" + p.lemma(h));
        }
        return f;
    }

    /** Sentence-level cues: a question mark, the first word, cue words before and after the trigger. */
    static List<String> cues(Parse p, int i) {
        List<String> f = new ArrayList<>();
        int n = p.size();
        if (n > 0 && p.token(n - 1).word().equals("?")) {
            f.add("q?");
        }
        f.add("first=" + p.lemma(0));
        for (int k = 0; k < n; k++) {
            String l = p.lemma(k);
            if (CUES.contains(l) || CUES.contains(p.lower(k))) {
                f.add((k < i ? "cue<" : "cue>") + l);
                if (Math.abs(k - i) <= 3) {
                    f.add("cue~" + l);
                }
            }
        }
        return f;
    }

    /** Features of a candidate argument: mention head {@code m} (of type {@code type}) for the trigger {@code t}. */
    static List<String> argument(Parse p, int t, int m, String type, String eventType) {
        List<String> f = new ArrayList<>();
        String path = p.path(m, t, 4);
        f.add("path=" + path);
        f.add("path-type=" + path + "/" + type);
        f.add("path-ev=" + path + "/" + eventType);
        f.add("type=" + type);
        f.add("ev-type=" + eventType + "/" + type);
        f.add("rel=" + p.relation[m]);
        f.add("side=" + (m < t ? "before" : "after"));
        f.add("side-ev=" + (m < t ? "before" : "after") + "/" + eventType);
        int d = Math.abs(m - t);
        f.add("dist=" + (d <= 2 ? "near" : d <= 6 ? "mid" : "far"));
        f.add("head-is-trigger=" + (p.head[m] == t));
        for (int c : p.children.get(m)) {
            if (p.relation[c].equals("case")) {
                f.add("case=" + p.lemma(c));
                f.add("case-ev=" + p.lemma(c) + "/" + eventType);
            }
        }
        f.add("tl=" + p.lemma(t));
        f.add("tl-path=" + p.lemma(t) + "/" + path);
        return f;
    }
}
