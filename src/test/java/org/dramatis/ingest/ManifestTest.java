package org.dramatis.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestTest {
    @TempDir
    Path tmp;

    private Path manifest(String csv) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("clips"));
        Files.writeString(dir.resolve("a.txt"), "The council met.\n");
        Files.writeString(dir.resolve("b.txt"), "The council met again.\n");
        Files.createDirectories(dir.resolve("opinion"));
        Files.writeString(dir.resolve("opinion/c.txt"), "An old quarrel.\n");
        Path file = dir.resolve("clippings.csv");
        Files.writeString(file, csv);
        return file;
    }

    @Test
    void read_keepsGoodRowsWithTheirValuesRelativeToTheManifest() throws Exception {
        Manifest m = Manifest.read(manifest("""
                path,title,outlet,url,published
                a.txt,Council meets,Harbour Courier,https://example.org/a,2021-06-10
                "b.txt","Council meets, again",,,2021-06
                """));

        assertThat(m.problems()).isEmpty();
        assertThat(m.rows()).extracting(Manifest.Row::number).containsExactly(1, 2);
        assertThat(m.lookup(tmp.resolve("clips/a.txt"))).isEqualTo(
                new GivenMetadata("Council meets", "Harbour Courier", "https://example.org/a", "2021-06-10"));
        assertThat(m.lookup(tmp.resolve("clips/./b.txt"))).isEqualTo(new GivenMetadata("Council meets, again", null, null, "2021-06"));
        assertThat(m.paths()).containsExactly(tmp.resolve("clips/a.txt").toAbsolutePath(), tmp.resolve("clips/b.txt").toAbsolutePath());
    }

    @Test
    void read_anyColumnButPathIsOptionalAndAFolderRowHoldsForItsFiles() throws Exception {
        Manifest m = Manifest.read(manifest("\uFEFFPublished,Path\n2020,opinion\n2020-03-01,opinion/c.txt\n"));

        assertThat(m.problems()).isEmpty();
        assertThat(m.lookup(tmp.resolve("clips/opinion/c.txt")).published()).isEqualTo("2020-03-01");
        assertThat(m.lookup(tmp.resolve("clips/opinion/other.txt")).published()).isEqualTo("2020");
        assertThat(m.lookup(tmp.resolve("clips/a.txt"))).isEqualTo(GivenMetadata.NONE);
    }

    @Test
    void read_reportsAMissingFileAndABadDateByRowAndFieldAndKeepsTheOtherRows() throws Exception {
        Manifest m = Manifest.read(manifest("""
                path,published
                a.txt,2021-06-10
                gone.txt,2021-06-11

                b.txt,12/06/2021
                a.txt,2021
                """));

        assertThat(m.rows()).extracting(Manifest.Row::number).containsExactly(1);
        assertThat(m.problems()).extracting(Manifest.Problem::message).containsExactly(
                "clippings.csv row 2 (line 3), field path: no such file or folder 'gone.txt' (looked for "
                        + tmp.resolve("clips/gone.txt").toAbsolutePath() + ")",
                "clippings.csv row 3 (line 5), field published: '12/06/2021' is not an ISO date, year-month or year"
                        + " (2021-06-10, 2021-06, 2021)",
                "clippings.csv row 4 (line 6), field path: 'a.txt' is already named in row 1");
    }

    @Test
    void read_aHeaderWithoutPathOrWithAnUnknownColumnIsOneProblem() throws Exception {
        assertThat(Manifest.read(manifest("title,outlet\nA,B\n")).problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).startsWith("clippings.csv header (line 1), no 'path' column"));
        assertThat(Manifest.read(manifest("path,date\na.txt,2021\n")).problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("unknown column 'date'"));
        assertThat(Manifest.read(manifest("")).problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("a header row naming its columns is required"));
        assertThat(Manifest.read(tmp.resolve("none.csv")).problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("none.csv: no such file"));
    }

    @Test
    void read_aRowWithMoreFieldsThanTheHeaderIsAProblem() throws Exception {
        Manifest m = Manifest.read(manifest("path,title\na.txt,One,Two\n"));

        assertThat(m.rows()).isEmpty();
        assertThat(m.problems()).singleElement().satisfies(p -> assertThat(p.message())
                .isEqualTo("clippings.csv row 1 (line 2), has 3 fields, the header names 2"));
    }

    @Test
    void givenMetadata_readsIsoDatesYearMonthsAndYearsOnly() {
        assertThat(GivenMetadata.parseDate(" 2021-06-10 ")).isEqualTo("2021-06-10");
        assertThat(GivenMetadata.parseDate("2021-06")).isEqualTo("2021-06");
        assertThat(GivenMetadata.parseDate("2021")).isEqualTo("2021");
        assertThatThrownBy(() -> GivenMetadata.parseDate("2021-02-30")).hasMessageContaining("'2021-02-30' is no calendar date");
        assertThatThrownBy(() -> GivenMetadata.parseDate("2021-13")).hasMessageContaining("'2021-13' is no calendar date");
        assertThatThrownBy(() -> GivenMetadata.parseDate("June 2021")).hasMessageContaining("is not an ISO date");
    }

    @Test
    void givenMetadata_winsOverTheReaderAndDropsItsDayForACoarserDate() {
        SourceDocument read = SourceDocument.of("a.txt", null, "Read title", "Read outlet", null, LocalDate.of(2019, 1, 2),
                "en", "Text.");

        SourceDocument month = new GivenMetadata("Given", null, "https://example.org", "2021-06").applyTo(read);
        SourceDocument day = new GivenMetadata(null, null, null, "2021-06-10").applyTo(read);

        assertThat(month.title()).isEqualTo("Given");
        assertThat(month.outlet()).isEqualTo("Read outlet");
        assertThat(month.url()).isEqualTo("https://example.org");
        assertThat(month.published()).isNull();
        assertThat(day.published()).isEqualTo(LocalDate.of(2021, 6, 10));
        assertThat(GivenMetadata.NONE.applyTo(read)).isSameAs(read);
    }
}
