package org.dramatis.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dramatis.eval.EvalFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvExporterTest {
    @TempDir
    static Path dir;
    static EvalFixture fx;

    @BeforeAll
    static void build() {
        fx = EvalFixture.sample(dir);
    }

    @Test
    void write_quotesCommasQuotesAndLineBreaks() throws Exception {
        StringWriter out = new StringWriter();
        new CsvExporter().write(fx.graph(), fx.events(), out);
        assertThat(out.toString()).startsWith("subject,relation,object,role,start,end,sources,sentence,document,url,confidence\r\n")
                .contains("\"Tomas Ebrin said, \"\"the Shield Brigade answers to nobody,\"\"\nand he opposes it.\"");

        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out.toString())).getRecords();
        assertThat(rows).hasSize(6);
        CSVRecord opposes = rows.stream().filter(r -> r.get("relation").equals("opposes")).findFirst().orElseThrow();
        assertThat(opposes.get("subject")).isEqualTo("Tomas Ebrin");
        assertThat(opposes.get("sentence")).isEqualTo("Tomas Ebrin said, \"the Shield Brigade answers to nobody,\"\nand he opposes it.");
        assertThat(opposes.get("url")).isEqualTo("dramatis:document/2");
        assertThat(opposes.get("document")).isEqualTo("002.html");
    }

    @Test
    void writeActorsFactsEvents_giveThreeTables() throws Exception {
        StringWriter actors = new StringWriter();
        StringWriter facts = new StringWriter();
        StringWriter events = new StringWriter();
        Exporters.write(ExportFormat.CSV_ACTORS, fx.graph(), fx.events(), actors);
        Exporters.write(ExportFormat.CSV_FACTS, fx.graph(), fx.events(), facts);
        Exporters.write(ExportFormat.CSV_EVENTS, fx.graph(), fx.events(), events);
        assertThat(records(actors)).hasSize(8);
        assertThat(records(facts)).hasSize(6);
        List<CSVRecord> ev = records(events);
        assertThat(ev).hasSize(2);
        assertThat(ev.get(0).get("participants")).isEqualTo("Mira Castell:actor | Tomas Ebrin:target");
    }

    private static List<CSVRecord> records(StringWriter out) throws Exception {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(out.toString())).getRecords();
    }
}
