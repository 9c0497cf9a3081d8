package org.dramatis.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dramatis.graph.TestStores;
import org.dramatis.graph.Views.ActorSummary;
import org.dramatis.model.ActorType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

@ParameterizedClass
@MethodSource("org.dramatis.graph.TestStores#kinds")
class CorrectionsTest {
    @Parameter
    TestStores.Kind store;

    @TempDir
    Path tmp;

    private Dramatis ingested() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a.md"), IngestPipelineTest.GOOD);
        Dramatis d = Dramatis.open(Config.defaults(tmp.resolve("data")).withDb(store.server(tmp)), new FakeNlp());
        d.pipeline().ingest(List.of(in), IngestPipeline.Progress.NONE);
        return d;
    }

    private static ActorSummary actor(Dramatis d, String name) {
        return d.graph().actors(100, null).stream().filter(a -> a.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in " + d.graph().actors(100, null)));
    }

    @Test
    void retype_changesTheEntityTypeAndSurvivesReResolution() throws Exception {
        try (Dramatis d = ingested()) {
            assertThat(actor(d, "Renewal Front").type()).isEqualTo(ActorType.ORGANIZATION);
            d.corrections().retype("Renewal Front", ActorType.LOCATION);
            assertThat(actor(d, "Renewal Front").type()).isEqualTo(ActorType.LOCATION);
            d.corrections().reresolve();
            assertThat(actor(d, "Renewal Front").type()).isEqualTo(ActorType.LOCATION);
        }
    }

    @Test
    void rename_changesTheDisplayedName() throws Exception {
        try (Dramatis d = ingested()) {
            d.corrections().rename("Hamid Qarawi", "Hamid al-Qarawi");
            assertThat(d.graph().actors(100, null)).extracting(ActorSummary::name)
                    .contains("Hamid al-Qarawi").doesNotContain("Hamid Qarawi");
        }
    }

    @Test
    void split_tellsApartTwoSpellingsOfOneTransliterationKey_andANewArticleKeepsThemApart() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("spellings"));
        Files.writeString(in.resolve("a.txt"), "Ali Kadhimi spoke today. Ali Kadhimi left.");
        Files.writeString(in.resolve("b.txt"), "Ali Kazemi answered today.");
        try (Dramatis d = Dramatis.open(Config.defaults(tmp.resolve("data")).withDb(store.server(tmp)), new FakeNlp())) {
            d.pipeline().ingest(List.of(in), IngestPipeline.Progress.NONE);
            long id = actor(d, "Ali Kadhimi").id();
            assertThat(d.graph().actor(id).orElseThrow().names()).extracting(n -> n.name())
                    .containsExactlyInAnyOrder("Ali Kadhimi", "Ali Kazemi");

            d.corrections().split(d.graph().actor(id).orElseThrow().names(), List.of("Ali Kazemi"));
            assertThat(actor(d, "Ali Kazemi").id()).isNotEqualTo(actor(d, "Ali Kadhimi").id());

            Files.writeString(in.resolve("c.txt"), "Ali Kazemi met Ali Kadhimi today.");
            d.pipeline().ingest(List.of(in.resolve("c.txt")), IngestPipeline.Progress.NONE);
            assertThat(actor(d, "Ali Kazemi").id()).isNotEqualTo(actor(d, "Ali Kadhimi").id());
            // Each spelling still gathers its mentions from every article: the ruling separates, it does not scatter.
            assertThat(d.graph().actors(100, null)).filteredOn(a -> a.name().startsWith("Ali K")).hasSize(2);
            assertThat(d.graph().actor(actor(d, "Ali Kazemi").id()).orElseThrow().names())
                    .singleElement().satisfies(n -> assertThat(n.count()).isEqualTo(2));
        }
    }
}
