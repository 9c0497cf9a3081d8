package org.dramatis.nlp;

import java.util.List;
import java.util.Objects;

/** Says in a line where two annotations of the same text first differ, for a drifted stored annotation. */
final class AnnotationDiff {
    private AnnotationDiff() {
    }

    /** @return null when they are equal */
    static String first(AnnotatedDocument stored, AnnotatedDocument fresh) {
        if (stored.equals(fresh)) {
            return null;
        }
        if (stored.sentences().size() != fresh.sentences().size()) {
            return "split into " + fresh.sentences().size() + " sentences, was " + stored.sentences().size();
        }
        for (int i = 0; i < stored.sentences().size(); i++) {
            String d = sentence(stored.sentences().get(i), fresh.sentences().get(i));
            if (d != null) {
                return "sentence " + i + ": " + d;
            }
        }
        return "text differs";
    }

    private static String sentence(Sentence was, Sentence now) {
        if (was.begin() != now.begin() || was.end() != now.end()) {
            return "spans " + now.begin() + ".." + now.end() + ", was " + was.begin() + ".." + was.end();
        }
        String d = items("token", was.tokens(), now.tokens());
        if (d == null) {
            d = items("mention", was.mentions(), now.mentions());
        }
        if (d == null) {
            d = items("dependency", was.dependencies(), now.dependencies());
        }
        return d == null && !was.equals(now) ? "differs" : d;
    }

    private static String items(String what, List<?> was, List<?> now) {
        for (int i = 0; i < Math.min(was.size(), now.size()); i++) {
            if (!Objects.equals(was.get(i), now.get(i))) {
                return what + " " + i + " is " + now.get(i) + ", was " + was.get(i);
            }
        }
        return was.size() == now.size() ? null : now.size() + " " + what + "s, was " + was.size();
    }
}
