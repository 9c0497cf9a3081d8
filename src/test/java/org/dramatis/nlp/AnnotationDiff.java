package org.dramatis.nlp;

import java.util.List;
import java.util.Objects;

/** Says in a line where two annotations of the same text first differ, for a drifted stored annotation. */
final class AnnotationDiff {
    private AnnotationDiff() {
    }

    private static final java.util.regex.Pattern WEEKDAY = java.util.regex.Pattern.compile(
            "(?i)(monday|tuesday|wednesday|thursday|friday|saturday|sunday)");

    /**
     * @return null when they are equal, taking a bare weekday's date as equal when it is the same weekday: SUTime
     *         (CoreNLP 4.5.10) puts "on Saturday" on the week before or after the document date from one run to the
     *         next (cause not found; likely what the shared pipeline read before), and no rule test depends on which
     */
    static String first(AnnotatedDocument stored, AnnotatedDocument fresh) {
        return firstExact(weekdaysBlurred(stored), weekdaysBlurred(fresh));
    }

    private static AnnotatedDocument weekdaysBlurred(AnnotatedDocument d) {
        return new AnnotatedDocument(d.text(), d.sentences().stream().map(s -> new Sentence(s.index(), s.begin(), s.end(),
                s.text(), s.tokens().stream().map(AnnotationDiff::blurred).toList(),
                s.mentions().stream().map(AnnotationDiff::blurred).toList(), s.dependencies())).toList());
    }

    private static Token blurred(Token t) {
        return WEEKDAY.matcher(t.word()).matches() && t.normalizedNer() != null
                ? new Token(t.index(), t.word(), t.lemma(), t.pos(), t.ner(), weekday(t.normalizedNer()), t.begin(), t.end())
                : t;
    }

    private static EntityMention blurred(EntityMention m) {
        return WEEKDAY.matcher(m.text().replaceFirst("(?i)^on ", "")).matches() && m.normalized() != null
                ? new EntityMention(m.text(), m.tag(), m.begin(), m.end(), m.tokenBegin(), m.tokenEnd(),
                        weekday(m.normalized()))
                : m;
    }

    private static String weekday(String iso) {
        try {
            return "a " + java.time.LocalDate.parse(iso).getDayOfWeek();
        } catch (java.time.format.DateTimeParseException e) {
            return iso;
        }
    }

    private static String firstExact(AnnotatedDocument stored, AnnotatedDocument fresh) {
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
