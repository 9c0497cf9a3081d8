package org.dramatis.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dramatis.graph.PostsAsOf;
import org.dramatis.graph.Views.ActorSummary;
import org.dramatis.model.ActorType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Invented articles read by CoreNLP into a store: a port named without a place cue in one of them is the place the
 * others name, and a minister dismissed loses the post on the day, while the one who dismissed keeps theirs.
 */
class PostsAndPlacesIT {
    @TempDir
    static Path tmp;
    static Dramatis dramatis;

    @BeforeAll
    static void ingest() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a.md"), "---\ntitle: Grain ships dock\ndate: 2021-03-02\n---\n"
                + "Grain ships docked at the port of Vessaro on Monday, the harbour authority said. "
                + "Cranes at Vessaro worked through the night.\n");
        Files.writeString(in.resolve("b.md"), "---\ntitle: Tankers wait\ndate: 2021-04-10\n---\n"
                + "Tankers waited outside Vessaro for three days as the talks dragged on. "
                + "Vessaro has been short of fuel since January.\n");
        Files.writeString(in.resolve("c.md"), "---\ntitle: Cabinet named\ndate: 2020-02-01\n---\n"
                + "President Ilan Morr of Kastmir named Samir Deeb as interior minister on 30 January 2020. "
                + "Kastmir's interior minister, Samir Deeb, took office the same day.\n");
        Files.writeString(in.resolve("d.md"), "---\ntitle: Minister sacked\ndate: 2021-06-16\n---\n"
                + "On 15 June 2021 President Ilan Morr dismissed Samir Deeb as interior minister.\n");
        dramatis = Dramatis.open(Config.defaults(tmp.resolve("data")), SharedNlp.get());
        dramatis.pipeline().ingest(List.of(in), IngestPipeline.Progress.NONE);
    }

    @AfterAll
    static void close() {
        if (dramatis != null) {
            dramatis.close();
        }
    }

    @Test
    void aPortNamedWithoutAPlaceCue_isThePlaceTheOtherArticleNames() {
        List<ActorSummary> vessaro = dramatis.graph().actors(Integer.MAX_VALUE, null).stream()
                .filter(a -> a.name().equals("Vessaro")).toList();
        assertThat(vessaro).as("%s", vessaro).singleElement().satisfies(a -> {
            assertThat(a.type()).isIn(ActorType.LOCATION, ActorType.COUNTRY);
            assertThat(a.documents()).isEqualTo(2);
        });
    }

    @Test
    void aDismissal_endsTheDismissedMinistersPost_notThePresidents() {
        PostsAsOf.Posts before = dramatis.graph().postsOn("2021-06-01");
        PostsAsOf.Posts after = dramatis.graph().postsOn("2021-07");
        List<PostsAsOf.Held> all = new java.util.ArrayList<>(before.dated());
        all.addAll(before.undated());
        assertThat(all).as("%s", all).anyMatch(h -> h.fact().subjectName().contains("Samir Deeb")
                && h.fact().role() != null && h.fact().role().contains("interior"));
        List<PostsAsOf.Held> later = new java.util.ArrayList<>(after.dated());
        later.addAll(after.undated());
        assertThat(later).as("%s", later).noneMatch(h -> h.fact().subjectName().contains("Samir Deeb")
                && h.fact().role() != null && h.fact().role().contains("interior"));
        assertThat(dramatis.graph().impliedEnds().values()).anySatisfy(h -> {
            assertThat(h.fact().subjectName()).contains("Samir Deeb");
            assertThat(h.endedBy()).isEqualTo("dismissed by Ilan Morr");
            assertThat(h.end()).isEqualTo("2021-06-15");
        });
    }
}
