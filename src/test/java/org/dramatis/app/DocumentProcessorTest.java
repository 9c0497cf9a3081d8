package org.dramatis.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dramatis.extract.ClaimExtractor;
import org.dramatis.ingest.DocumentReader;
import org.dramatis.ingest.GivenMetadata;
import org.dramatis.ingest.SourceDocument;
import org.dramatis.model.DatePrecision;
import org.dramatis.model.DateSource;
import org.dramatis.nlp.NlpLimitExceeded;
import org.dramatis.nlp.NlpService;
import org.dramatis.resolve.DocumentClusterer;
import org.dramatis.resolve.Glossary;
import org.dramatis.resolve.NameKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The per-document function through its public API, with a stand-in for CoreNLP: rejections and a tiny text. */
class DocumentProcessorTest {
    private static final ClaimExtractor EXTRACTOR = Dramatis.extractor();
    private static final NameKeys KEYS = NameKeys.load();
    private static final DocumentClusterer CLUSTERER = new DocumentClusterer(KEYS, Glossary.load(KEYS));
    private static final String TEXT = "Speaker Hamid Qarawi met Colonel Sami Duri in the capital.\n"
            + "Hamid Qarawi said the Renewal Front would not attend the session.\n";

    @TempDir
    Path tmp;

    private static DocumentProcessor processor(NlpService nlp) {
        return new DocumentProcessor(new DocumentReader(), () -> nlp, () -> EXTRACTOR, CLUSTERER);
    }

    private static Rejection rejected(NlpService nlp, byte[] bytes, String name) {
        List<DocumentOutcome> outcomes = processor(nlp).process(bytes, name, GivenMetadata.NONE);
        assertThat(outcomes).hasSize(1).first().isInstanceOf(Rejection.class);
        return (Rejection) outcomes.get(0);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @SuppressWarnings("unchecked")
    private static <T> T roundTrip(T value) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }

    @Test
    void process_rejectsAnEmptyFileByItsName() {
        assertThat(rejected(new FakeNlp(), new byte[0], "empty.txt"))
                .isEqualTo(new Rejection("empty.txt", "EMPTY", "empty.txt: empty file (0 bytes)"));
    }

    @Test
    void process_rejectsBytesThatAreNotValidText() {
        byte[] bad = utf8("The minister spoke about the budget \u0000");
        byte[] broken = {'T', 'h', 'e', ' ', 'v', 'o', 't', 'e', ' ', (byte) 0xc3, (byte) 0x28, (byte) 0xa0};

        assertThat(rejected(new FakeNlp(), bad, "notes.txt").reason()).isEqualTo("BINARY");
        Rejection notText = rejected(new FakeNlp(), broken, "broken.txt");
        assertThat(notText.reason()).isEqualTo("NOT_TEXT");
        assertThat(notText.message()).startsWith("broken.txt: ");
    }

    @Test
    void process_rejectsAnUnsupportedTypeNamingIt() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1,
                0, 0, 0, 1, 8, 6, 0, 0, 0};

        assertThat(rejected(new FakeNlp(), png, "map.png"))
                .isEqualTo(new Rejection("map.png", "UNSUPPORTED_TYPE", "map.png: unsupported type (image/png)"));
    }

    @Test
    void process_rejectsADocumentWhoseAnalysisFailsAndOnePastTheNlpLimits() {
        NlpService broken = (text, date) -> {
            throw new IllegalStateException("models missing");
        };
        NlpService limited = (text, date) -> {
            throw new NlpLimitExceeded("sentence 1 (line 1) has 5,000 tokens, over the 1,000-token limit");
        };

        assertThat(rejected(broken, utf8(TEXT), "raid.txt")).isEqualTo(new Rejection("raid.txt", "NLP",
                "raid.txt: analysis failed: java.lang.IllegalStateException: models missing"));
        assertThat(rejected(limited, utf8(TEXT), "raid.txt")).isEqualTo(new Rejection("raid.txt", "TOO_LARGE",
                "raid.txt: sentence 1 (line 1) has 5,000 tokens, over the 1,000-token limit"));
    }

    @Test
    void process_analysesATinyTextWithTheDateTheUserGives() {
        List<DocumentOutcome> outcomes = processor(new FakeNlp())
                .process(utf8(TEXT), "council.txt", new GivenMetadata(null, "Harbour Courier", null, "2021-03"));

        assertThat(outcomes).hasSize(1).first().isInstanceOf(ProcessedDocument.class);
        ProcessedDocument p = (ProcessedDocument) outcomes.get(0);
        assertThat(p.name()).isEqualTo("council.txt");
        assertThat(p.source().path()).isNull();
        assertThat(p.source().outlet()).isEqualTo("Harbour Courier");
        assertThat(p.date()).isEqualTo(new DocumentDate("2021-03", DatePrecision.MONTH, DateSource.USER));
        assertThat(p.annotated().sentences()).hasSize(2);
        assertThat(p.extraction().mentions()).extracting(m -> m.text())
                .contains("Hamid Qarawi", "Sami Duri", "Renewal Front");
        assertThat(p.clusters()).anySatisfy(c -> assertThat(c.name()).isEqualTo("Hamid Qarawi"));
    }

    @Test
    void outcomes_comeBackEqualAfterSerialization() throws Exception {
        DocumentProcessor processor = processor(new FakeNlp());
        DocumentOutcome processed = processor.process(utf8(TEXT), "council.txt", GivenMetadata.NONE).get(0);
        DocumentOutcome rejection = processor.process(new byte[0], "empty.txt", GivenMetadata.NONE).get(0);
        Path file = Files.writeString(tmp.resolve("council.txt"), TEXT);
        SourceDocument fromDisk = processor.read(file).get(0);
        DocumentOutcome processedFromDisk = processor.outcome(fromDisk, GivenMetadata.NONE);

        assertThat(processed).isInstanceOf(ProcessedDocument.class);
        assertThat(((ProcessedDocument) processed).extraction().mentions()).isNotEmpty();
        assertThat(roundTrip(processed)).isEqualTo(processed);
        assertThat(roundTrip(rejection)).isEqualTo(rejection);
        assertThat(roundTrip(processedFromDisk)).isEqualTo(processedFromDisk);
        assertThat(((ProcessedDocument) roundTrip(processedFromDisk)).source().path()).isEqualTo(file);
    }

    @Test
    void process_refusesAnInputWithoutAName() {
        assertThatThrownBy(() -> processor(new FakeNlp()).process(utf8(TEXT), " ", GivenMetadata.NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("blank");
    }
}
