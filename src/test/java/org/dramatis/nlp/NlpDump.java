package org.dramatis.nlp;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/** Developer tool: prints tokens, mentions and dependencies of a text file. Args: file [yyyy-mm-dd]. */
public final class NlpDump {
    public static void main(String[] args) throws Exception {
        String text = Files.readString(Path.of(args[0]));
        LocalDate date = args.length > 1 ? LocalDate.parse(args[1]) : null;
        AnnotatedDocument doc = CoreNlpAdapter.create().annotate(text, date);
        for (Sentence s : doc.sentences()) {
            System.out.println("=== S" + s.index() + ": " + s.text().replace('\n', ' '));
            for (EntityMention m : s.mentions()) {
                System.out.println("  M " + m.tag() + " [" + m.text() + "] " + m.tokenBegin() + "-" + m.tokenEnd() + " " + m.normalized());
            }
            StringBuilder sb = new StringBuilder("  D");
            for (Dependency d : s.dependencies()) {
                String g = d.governor() < 0 ? "ROOT" : s.tokens().get(d.governor()).word() + "-" + d.governor();
                sb.append(' ').append(d.relation()).append('(').append(g).append(',')
                        .append(s.tokens().get(d.dependent()).word()).append('-').append(d.dependent()).append(')');
            }
            System.out.println(sb);
        }
    }
}
