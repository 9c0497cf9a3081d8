package org.dramatis.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.dramatis.model.DramatisException;
import org.junit.jupiter.api.Test;

class ExportFormatTest {
    @Test
    void parse_acceptsNamesCaseInsensitively() {
        assertThat(ExportFormat.parse("FtM")).isEqualTo(ExportFormat.FTM);
        assertThat(ExportFormat.parse("followthemoney")).isEqualTo(ExportFormat.FTM);
        assertThat(ExportFormat.parse("GraphML")).isEqualTo(ExportFormat.GRAPHML);
        assertThat(ExportFormat.parse("csv_facts")).isEqualTo(ExportFormat.CSV_FACTS);
    }

    @Test
    void parse_listsValidFormatsOnError() {
        assertThatThrownBy(() -> ExportFormat.parse("pdf")).isInstanceOf(DramatisException.class)
                .hasMessageContaining("'pdf'").hasMessageContaining("ftm, graphml, csv");
    }
}
