package org.dramatis.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.dramatis.nlp.AnnotatedDocument;
import org.dramatis.nlp.CoreNlpAdapter;

/** Developer tool: prints what extraction finds. Args: file date [file date ...] (date yyyy-mm-dd). */
public final class ExtractDemo {
    public static void main(String[] args) throws Exception {
        CoreNlpAdapter nlp = CoreNlpAdapter.create();
        Extractor extractor = new Extractor();
        for (int a = 0; a + 1 < args.length; a += 2) {
            String text = Files.readString(Path.of(args[a]));
            LocalDate date = LocalDate.parse(args[a + 1]);
            long t0 = System.nanoTime();
            AnnotatedDocument doc = nlp.annotate(text, date);
            long t1 = System.nanoTime();
            Extraction x = extractor.extract(doc, date);
            long t2 = System.nanoTime();
            System.out.printf("### %s nlp %d ms, extract %d ms%n", args[a], (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000);
            for (ActorMention m : x.mentions()) {
                System.out.println("M" + m.index() + " " + m.type() + " [" + m.text() + "] s" + m.sentence() + " " + m.source());
            }
            for (FactClaim f : x.facts()) {
                System.out.println("F " + f.kind().code() + " " + name(x, f.subject()) + " -> " + name(x, f.object())
                        + (f.role() == null ? "" : " role=" + f.role()) + (f.value() == null ? "" : " value=" + f.value())
                        + (f.start() == null ? "" : " start=" + f.start()) + (f.end() == null ? "" : " end=" + f.end())
                        + " " + f.modality() + " s" + f.sentence() + (f.attribution() == null ? "" : " by " + f.attribution()));
            }
            for (EventClaim e : x.events()) {
                System.out.println("E " + e.type() + "/" + e.mode() + " " + e.summary() + " " + e.modality() + " s" + e.sentence());
            }
            System.out.println("facts " + x.facts().size() + " events " + x.events().size());
        }
    }

    private static String name(Extraction x, int i) {
        return i < 0 ? "-" : x.mentions().get(i).text();
    }
}
