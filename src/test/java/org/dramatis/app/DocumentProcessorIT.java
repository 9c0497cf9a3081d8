package org.dramatis.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dramatis.extract.ActorMention;
import org.dramatis.ingest.DocumentReader;
import org.dramatis.ingest.GivenMetadata;
import org.dramatis.model.ActorType;
import org.dramatis.model.DatePrecision;
import org.dramatis.model.DateSource;
import org.dramatis.resolve.DocumentClusterer;
import org.dramatis.resolve.Glossary;
import org.dramatis.resolve.NameKeys;
import org.junit.jupiter.api.Test;

/** The per-document function through its public API with CoreNLP, as an executor would call it: bytes in, records out. */
class DocumentProcessorIT {
    private static final String ARTICLE = """
            Speaker meets colonel after the blockade

            By Dina Morr | Published 12 March 2021, 09:40

            Speaker Hamid Qarawi met Colonel Sami Duri in Kastmir on Thursday. Qarawi said the Renewal Front would \
            return to the council once the blockade of the port ended.
            """;

    private static DocumentProcessor processor() {
        NameKeys keys = NameKeys.load();
        return new DocumentProcessor(new DocumentReader(), SharedNlp::get, Dramatis::extractor,
                new DocumentClusterer(keys, Glossary.load(keys)));
    }

    @Test
    void process_readsAnnotatesExtractsAndClustersOneArticleGivenAsBytes() throws Exception {
        List<DocumentOutcome> outcomes = processor().process(ARTICLE.getBytes(StandardCharsets.UTF_8), "speaker.txt",
                GivenMetadata.NONE);

        assertThat(outcomes).hasSize(1).first().isInstanceOf(ProcessedDocument.class);
        ProcessedDocument p = (ProcessedDocument) outcomes.get(0);
        assertThat(p.name()).isEqualTo("speaker.txt");
        assertThat(p.date()).isEqualTo(new DocumentDate("2021-03-12", DatePrecision.DAY, DateSource.BYLINE));
        assertThat(p.annotated().sentences()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(p.extraction().mentions()).filteredOn(m -> m.type() == ActorType.PERSON)
                .extracting(ActorMention::text).contains("Hamid Qarawi", "Sami Duri");
        assertThat(p.clusters()).anySatisfy(c -> {
            assertThat(c.name()).isEqualTo("Hamid Qarawi");
            assertThat(c.names()).contains("Qarawi");
        });
        assertThat(p.extraction().failures()).isEmpty();

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(p);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(in.readObject()).isEqualTo(p);
        }
    }
}
