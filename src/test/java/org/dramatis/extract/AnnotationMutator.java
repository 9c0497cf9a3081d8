package org.dramatis.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.dramatis.nlp.AnnotatedDocument;
import org.dramatis.nlp.Dependency;
import org.dramatis.nlp.EntityMention;
import org.dramatis.nlp.Sentence;
import org.dramatis.nlp.Token;

/**
 * Makes new documents out of real CoreNLP annotations by cutting sentences at token boundaries and stringing the
 * pieces together, so that rules meet sentences that start or end on any word (a trigger, a title, a bracket, a
 * quote) with the annotation shapes CoreNLP really gives. A dependency whose governor was cut away hangs from the root,
 * as CoreNLP's own forests do; mentions and dependencies cut in two are dropped.
 */
final class AnnotationMutator {
    private final List<Sentence> pool;
    private final List<String> texts;
    private final Random random;

    AnnotationMutator(List<AnnotatedDocument> annotated, long seed) {
        this.pool = new ArrayList<>();
        this.texts = new ArrayList<>();
        for (AnnotatedDocument d : annotated) {
            for (Sentence s : d.sentences()) {
                if (!s.tokens().isEmpty()) {
                    pool.add(s);
                    texts.add(d.text());
                }
            }
        }
        this.random = new Random(seed);
    }

    /** A document of one to four pieces, each a whole sentence, a prefix, a suffix or a window of one. */
    AnnotatedDocument next() {
        int pieces = 1 + random.nextInt(4);
        StringBuilder text = new StringBuilder();
        List<Sentence> sentences = new ArrayList<>();
        for (int p = 0; p < pieces; p++) {
            int k = random.nextInt(pool.size());
            Sentence s = pool.get(k);
            int n = s.tokens().size();
            int from;
            int to;
            switch (random.nextInt(4)) {
                case 0 -> {
                    from = 0;
                    to = n;
                }
                case 1 -> {
                    from = 0;
                    to = 1 + random.nextInt(n);
                }
                case 2 -> {
                    from = random.nextInt(n);
                    to = n;
                }
                default -> {
                    from = random.nextInt(n);
                    to = from + 1 + random.nextInt(n - from);
                }
            }
            if (text.length() > 0) {
                text.append(' ');
            }
            sentences.add(slice(s, texts.get(k), from, to, sentences.size(), text));
        }
        return new AnnotatedDocument(text.toString(), sentences);
    }

    int poolSize() {
        return pool.size();
    }

    /** Tokens {@code [from, to)} of {@code s} as sentence {@code index}, appended to {@code text}. */
    static Sentence slice(Sentence s, String source, int from, int to, int index, StringBuilder text) {
        int oldBegin = s.tokens().get(from).begin();
        int oldEnd = s.tokens().get(to - 1).end();
        int begin = text.length();
        text.append(source, oldBegin, oldEnd);
        int shift = begin - oldBegin;
        List<Token> tokens = new ArrayList<>();
        for (int i = from; i < to; i++) {
            Token t = s.tokens().get(i);
            tokens.add(new Token(i - from, t.word(), t.lemma(), t.pos(), t.ner(), t.normalizedNer(), t.begin() + shift,
                    t.end() + shift));
        }
        List<EntityMention> mentions = new ArrayList<>();
        for (EntityMention m : s.mentions()) {
            if (m.tokenBegin() >= from && m.tokenEnd() <= to) {
                mentions.add(new EntityMention(m.text(), m.tag(), m.begin() + shift, m.end() + shift,
                        m.tokenBegin() - from, m.tokenEnd() - from, m.normalized()));
            }
        }
        List<Dependency> deps = new ArrayList<>();
        for (Dependency d : s.dependencies()) {
            if (d.dependent() < from || d.dependent() >= to) {
                continue;
            }
            boolean governorKept = d.governor() >= from && d.governor() < to;
            deps.add(governorKept ? new Dependency(d.relation(), d.governor() - from, d.dependent() - from)
                    : new Dependency("root", -1, d.dependent() - from));
        }
        return new Sentence(index, begin, text.length(), text.substring(begin), tokens, mentions, deps);
    }
}
