package org.dramatis.extract;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.dramatis.app.Config;
import org.dramatis.app.Dramatis;
import org.dramatis.app.IngestPipeline;
import org.dramatis.eval.Evaluator;
import org.dramatis.eval.GoldReader;
import org.dramatis.nlp.AnnotatedDocument;
import org.dramatis.nlp.CoreNlpAdapter;
import org.dramatis.nlp.NlpService;

/**
 * Developer tool: ingests into a fresh data directory and prints the product's eval, caching CoreNLP's annotations on
 * disk (JSON under /tmp/dramatis-nlp-cache) so that a rules change is measured in seconds. Args: dataDir gold path...
 */
public final class EvalLoop {
    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        Path gold = Path.of(args[1]);
        List<Path> inputs = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            inputs.add(Path.of(args[i]));
        }
        CachingNlp nlp = new CachingNlp(Path.of("/tmp/dramatis-nlp-cache"));
        if (!Boolean.getBoolean("lazy")) {
            // Built before the first document, so that loading the models never eats that document's time budget;
            // -Dlazy=true skips it when every annotation is known to be cached.
            nlp.load();
        }
        Dramatis d = Dramatis.open(Config.defaults(data), nlp);
        d.pipeline().ingest(inputs, IngestPipeline.Progress.NONE);
        if (!args[1].equals("-")) {
            System.out.println(Evaluator.evaluate(GoldReader.read(gold), d.graph(), d.events()).toTable());
        }
        System.exit(0);
    }

    /** With -Ddump=true prints each document's sentences and claims, as ExtractDemo does. */
    static synchronized void dump(AnnotatedDocument doc, LocalDate date) {
        if (!Boolean.getBoolean("dump")) {
            return;
        }
        if (date == null) {
            // as the ingest pipeline does: an undated text takes the date its own dates imply
            date = inferredDate(doc);
        }
        Extraction x = new Extractor().extract(doc, date);
        System.out.println("##### doc " + date + " " + doc.text().substring(0, Math.min(60, doc.text().length())).replace('\n', ' '));
        for (org.dramatis.nlp.Sentence s : doc.sentences()) {
            System.out.println("S" + s.index() + ": " + s.text().replace('\n', ' '));
        }
        if (Boolean.getBoolean("mentions")) {
            for (ActorMention m : x.mentions()) {
                System.out.println("M" + m.index() + " " + m.type() + " [" + m.text() + "] s" + m.sentence() + " " + m.source());
            }
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
    }

    private static LocalDate inferredDate(AnnotatedDocument doc) {
        try {
            Class<?> c = Class.forName("org.dramatis.app.DocumentDate");
            java.lang.reflect.Method infer = c.getDeclaredMethod("infer", AnnotatedDocument.class);
            java.lang.reflect.Method anchor = c.getDeclaredMethod("anchor");
            infer.setAccessible(true);
            anchor.setAccessible(true);
            return (LocalDate) anchor.invoke(infer.invoke(null, doc));
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }

    private static String name(Extraction x, int i) {
        return i < 0 ? "-" : x.mentions().get(i).text() + "/" + x.mentions().get(i).type();
    }

    /** Annotates with CoreNLP on a cache miss only. */
    static final class CachingNlp implements NlpService {
        private final Path dir;
        private final ObjectMapper json = new ObjectMapper();
        private NlpService real;

        CachingNlp(Path dir) {
            this.dir = dir;
        }

        synchronized NlpService load() {
            if (real == null) {
                real = CoreNlpAdapter.create();
            }
            return real;
        }

        @Override
        public AnnotatedDocument annotate(String text, LocalDate date) {
            try {
                Files.createDirectories(dir);
                byte[] h = MessageDigest.getInstance("SHA-256").digest((text + "|" + date + "|" + CoreNlpAdapter.READING).getBytes(StandardCharsets.UTF_8));
                Path f = dir.resolve(HexFormat.of().formatHex(h) + ".json");
                if (Files.exists(f)) {
                    AnnotatedDocument doc = json.readValue(f.toFile(), AnnotatedDocument.class);
                    dump(doc, date);
                    return doc;
                }
                AnnotatedDocument doc = load().annotate(text, date);
                json.writeValue(f.toFile(), doc);
                return doc;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
