package org.dramatis.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dramatis.nlp.AnnotatedDocument;
import org.dramatis.nlp.Dependency;
import org.dramatis.nlp.EntityMention;
import org.dramatis.nlp.Sentence;
import org.dramatis.nlp.Token;

/**
 * Hand-made annotations for tests that must not depend on what the NER model makes of a name: each sentence is
 * written as {@code word/POS/NER} items separated by spaces (NER defaults to O; {@code DATE=2020-06-20} gives a
 * normalized value, {@code DATE=2006~2014} the range "2006/2014"); runs of one NER tag become entity mentions. No dependencies unless an item gives its head's index
 * and relation ({@code raided/VBD/O/-1/root}, {@code June/NNP/DATE=XXXX-06/1/obl}); rules that need a full parse are
 * tested with the real models.
 */
public final class TestDocs {
    private TestDocs() {
    }

    public static AnnotatedDocument doc(String... sentences) {
        StringBuilder text = new StringBuilder();
        List<Sentence> out = new ArrayList<>();
        for (int s = 0; s < sentences.length; s++) {
            int sentenceBegin = text.length();
            List<Token> tokens = new ArrayList<>();
            List<String> normalized = new ArrayList<>();
            List<Dependency> dependencies = new ArrayList<>();
            for (String item : sentences[s].split(" ")) {
                String[] parts = item.split("/");
                String word = parts[0];
                String pos = parts.length > 1 ? parts[1] : "NN";
                String ner = parts.length > 2 ? parts[2] : "O";
                if (parts.length > 3) {
                    dependencies.add(new Dependency(parts.length > 4 ? parts[4] : "dep", Integer.parseInt(parts[3]), tokens.size()));
                }
                if (!tokens.isEmpty()) {
                    text.append(' ');
                }
                int begin = text.length();
                text.append(word);
                String tag = ner.contains("=") ? ner.substring(0, ner.indexOf('=')) : ner;
                tokens.add(new Token(tokens.size(), word, word.toLowerCase(Locale.ROOT), pos, tag, null, begin, text.length()));
                // A range's "/" is written "~" ("DATE=2006~2014"), the slash separating the item's fields.
                normalized.add(ner.contains("=") ? ner.substring(ner.indexOf('=') + 1).replace('~', '/') : null);
            }
            out.add(new Sentence(s, sentenceBegin, text.length(), text.substring(sentenceBegin), tokens,
                    mentions(tokens, normalized, text), dependencies));
            text.append(' ');
        }
        return new AnnotatedDocument(text.toString(), out);
    }

    private static List<EntityMention> mentions(List<Token> tokens, List<String> normalized, StringBuilder text) {
        List<EntityMention> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            String tag = tokens.get(i).ner();
            int j = i + 1;
            while (j < tokens.size() && tokens.get(j).ner().equals(tag) && java.util.Objects.equals(normalized.get(j), normalized.get(i))) {
                j++;
            }
            if (!tag.equals("O")) {
                int b = tokens.get(i).begin();
                int e = tokens.get(j - 1).end();
                out.add(new EntityMention(text.substring(b, e), tag, b, e, i, j, normalized.get(i)));
            }
            i = j;
        }
        return out;
    }
}
