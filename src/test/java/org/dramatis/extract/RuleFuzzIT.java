package org.dramatis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.dramatis.nlp.AnnotatedDocument;
import org.dramatis.nlp.CoreNlpAdapter;
import org.dramatis.nlp.SharedCoreNlp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Property: no extraction rule throws, whatever sentence it meets. Sentences come from seed lines
 * ({@code fuzz/seed-sentences.txt}) and from a small grammar of titles, names, trigger words, brackets, quotes,
 * numbers, dashes and colons; they are annotated once by the real CoreNLP models (cached under
 * {@code target/fuzz-cache}), then cut and strung together into thousands of documents by {@link AnnotationMutator}.
 * Every rule runs behind a guard, so a failure shows as a {@link RuleFailure} in the extraction: the test asserts
 * there is none, and names the rule and the sentence when there is. Seeded: a failure reproduces.
 */
class RuleFuzzIT {
    private static final long SEED = 20261204L;
    private static final int DOCUMENTS = 8000;
    private static final LocalDate DATE = LocalDate.of(2022, 9, 15);
    private static List<AnnotatedDocument> annotated;

    @BeforeAll
    static void annotate() throws IOException {
        List<String> lines = new ArrayList<>(seedLines());
        lines.addAll(generated(new Random(SEED), 420));
        lines.add(longSentence(new Random(SEED + 1), 200));
        annotated = cached(lines);
    }

    @Test
    void noRuleThrowsOnWholeSentences() {
        Extractor extractor = new Extractor();
        List<String> failures = new ArrayList<>();
        for (AnnotatedDocument d : annotated) {
            collect(extractor, d, failures);
            collect(extractor, d, failures, null);
        }
        assertThat(failures).as("rule failures on the annotated seed and generated sentences").isEmpty();
    }

    @Test
    void noRuleThrowsOnCutAndJoinedSentences() {
        Extractor extractor = new Extractor();
        AnnotationMutator mutator = new AnnotationMutator(annotated, SEED);
        assertThat(mutator.poolSize()).isGreaterThan(400);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < DOCUMENTS && failures.size() < 20; i++) {
            collect(extractor, mutator.next(), failures);
        }
        assertThat(failures).as("rule failures on %d documents cut from real annotations", DOCUMENTS).isEmpty();
    }

    private static void collect(Extractor extractor, AnnotatedDocument d, List<String> failures) {
        collect(extractor, d, failures, DATE);
    }

    private static void collect(Extractor extractor, AnnotatedDocument d, List<String> failures, LocalDate date) {
        Extraction x;
        try {
            x = extractor.extract(d, date, "fuzz");
        } catch (RuntimeException | StackOverflowError e) {
            failures.add("escaped the guard: " + e + " on «" + d.text() + "»");
            return;
        }
        for (RuleFailure f : x.failures()) {
            String sentence = f.sentence() >= 0 ? d.sentences().get(f.sentence()).text() : d.text();
            failures.add(f + " on «" + sentence + "»");
        }
    }

    private static List<String> seedLines() throws IOException {
        try (InputStream in = RuleFuzzIT.class.getResourceAsStream("/fuzz/seed-sentences.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        }
    }

    private static final String[] LEADS = {"", "", "Terrorist", "Breaking:", "UPDATE 2-", "-", "*", "1.", "(AFP) -",
            "\"", "On Monday,", "In 2019,", "Meanwhile", "But", "Yesterday"};
    private static final String[] TITLES = {"President", "Prime Minister", "Lt Gen", "Sheikh", "Dr.", "the former",
            "Deputy Speaker", "Minister of Defence", "the spokesman for the", "acting", "Brig. Gen.", ""};
    private static final String[] NAMES = {"Arlo Venn", "Salma Idrissi", "Omar Battah", "al-Obaidi", "Kaveh Torabi",
            "the Unity Front", "the Red Hand", "Kastmir", "the Popular Guard (PG)", "PG", "the Ministry of Interior",
            "Veloria", "the United Nations", "Harven province", "the Scholars Council", "Tolmer"};
    private static final String[] VERBS = {"attacked", "met", "accused", "backed", "appointed", "denied", "threatened",
            "released", "condemned", "was appointed", "is a member of", "leads", "heads", "will visit", "could sanction",
            "said", "detained", "opposes", "supports", "resigned", "elected", "-backed", "stormed", "protested"};
    private static final String[] TAILS = {".", ".", "?", "!", ":", " -", ",", "\"", ")", " on 3 March 2020.",
            " since 2019.", " in Resolution 2254.", " (since 2021).", " last year.", " — officials said.", ""};

    /** Sentences from the grammar: lead, title, name, verb, title, name, tail, each part possibly missing. */
    static List<String> generated(Random r, int count) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder b = new StringBuilder();
            append(b, pick(r, LEADS));
            if (r.nextInt(4) > 0) {
                append(b, pick(r, TITLES));
                append(b, pick(r, NAMES));
            }
            append(b, pick(r, VERBS));
            if (r.nextInt(3) > 0) {
                append(b, pick(r, TITLES));
                append(b, pick(r, NAMES));
            }
            if (r.nextInt(3) == 0) {
                append(b, pick(r, new String[] {"and", ",", "of", "with", "which", "who"}));
                append(b, pick(r, NAMES));
            }
            b.append(pick(r, TAILS));
            String s = b.toString().trim();
            out.add(s.isEmpty() ? "attacked" : s);
        }
        return out;
    }

    /** One sentence of {@code words} words with no full stop: names, titles and verbs joined by commas and "and". */
    static String longSentence(Random r, int words) {
        StringBuilder b = new StringBuilder("The");
        int n = 1;
        while (n < words) {
            String part = switch (r.nextInt(4)) {
                case 0 -> pick(r, NAMES);
                case 1 -> pick(r, TITLES);
                case 2 -> pick(r, VERBS);
                default -> pick(r, new String[] {"and", ",", "of", "with", "in"});
            };
            append(b, part);
            n += part.isEmpty() ? 0 : part.split(" ").length;
        }
        return b.append('.').toString();
    }

    private static String pick(Random r, String[] options) {
        return options[r.nextInt(options.length)];
    }

    private static void append(StringBuilder b, String part) {
        if (!part.isEmpty()) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(part);
        }
    }

    /** Annotates the lines in documents of 25 lines (a blank line between), reusing a cache keyed by their text. */
    private static List<AnnotatedDocument> cached(List<String> lines) throws IOException {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < lines.size(); i += 25) {
            texts.add(String.join("\n\n", lines.subList(i, Math.min(lines.size(), i + 25))));
        }
        ObjectMapper json = new ObjectMapper();
        Path cache = Path.of("target", "fuzz-cache", Integer.toHexString(texts.hashCode()) + ".json");
        if (Files.exists(cache)) {
            return json.readValue(cache.toFile(), new TypeReference<List<AnnotatedDocument>>() { });
        }
        CoreNlpAdapter nlp = SharedCoreNlp.get();
        List<AnnotatedDocument> out = new ArrayList<>();
        for (String t : texts) {
            out.add(nlp.annotate(t, DATE));
        }
        Files.createDirectories(cache.getParent());
        json.writeValue(cache.toFile(), out);
        return out;
    }
}
