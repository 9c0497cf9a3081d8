package org.dramatis.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dramatis.graph.EventQueries;
import org.dramatis.graph.GraphQueries;
import org.dramatis.graph.Views.Event;
import org.dramatis.graph.Views.Evidence;
import org.dramatis.graph.Views.Fact;
import org.dramatis.graph.Views.Participant;

/**
 * Writes the graph as RFC 4180 CSV (commas, CRLF, fields with commas, quotes or line breaks quoted) for spreadsheets.
 * {@link #write} gives one table of facts with actor names inline; {@link #writeActors}, {@link #writeFacts} and
 * {@link #writeEvents} give three tables linked by id. Multi-valued cells (several documents) are joined with " | ".
 */
public final class CsvExporter {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();
    private static final String JOIN = " | ";

    /** Facts with actor names inline: subject, relation, object, role, start, end, sources, sentence, document, url. */
    public void write(GraphQueries graph, EventQueries events, Writer out) {
        write(ExportData.load(graph, events), out);
    }

    void write(ExportData data, Writer out) {
        print(out, List.of("subject", "relation", "object", "role", "start", "end", "sources", "sentence", "document", "url",
                        "confidence"),
                data.facts().stream().map(f -> List.<Object>of(f.subjectName(), f.kind().code(),
                        nz(f.objectName() != null ? f.objectName() : f.value()), nz(f.role()), nz(f.start()), nz(f.end()),
                        f.sourceCount(), nz(firstSentence(f.evidence())), documents(f.evidence()),
                        String.join(JOIN, ExportData.sourceUrls(f.evidence())), nz(ExportData.confidence(f.confidence()))))
                        .toList());
    }

    /** One row per actor: id, name, type, mentions, documents. */
    public void writeActors(GraphQueries graph, EventQueries events, Writer out) {
        writeActors(ExportData.load(graph, events), out);
    }

    void writeActors(ExportData data, Writer out) {
        print(out, List.of("id", "name", "type", "mentions", "documents"), data.actors().stream()
                .map(a -> List.<Object>of(a.id(), a.name(), a.type().label(), a.mentions(), a.documents())).toList());
    }

    /** One row per fact with actor ids: key, kind, subject_id, object_id, role, value, start, end, modality, sources, sentence, url. */
    public void writeFacts(GraphQueries graph, EventQueries events, Writer out) {
        writeFacts(ExportData.load(graph, events), out);
    }

    void writeFacts(ExportData data, Writer out) {
        print(out, List.of("key", "kind", "subject_id", "object_id", "role", "value", "start", "end", "modality", "sources",
                "sentence", "url", "confidence"), data.facts().stream().map(f -> List.<Object>of(f.key(), f.kind().code(),
                f.subjectId(), nz(f.objectId()), nz(f.role()), nz(f.value()), nz(f.start()), nz(f.end()), f.modality().name(),
                f.sourceCount(), nz(firstSentence(f.evidence())), String.join(JOIN, ExportData.sourceUrls(f.evidence())),
                nz(ExportData.confidence(f.confidence())))).toList());
    }

    /** One row per event: key, type, mode, date, place, participants (name:role), summary, sentence, url. */
    public void writeEvents(GraphQueries graph, EventQueries events, Writer out) {
        writeEvents(ExportData.load(graph, events), out);
    }

    void writeEvents(ExportData data, Writer out) {
        print(out, List.of("key", "type", "mode", "date", "place", "participants", "summary", "sentence", "url", "confidence"),
                data.events().stream().map(e -> List.<Object>of(e.key(), e.type().name(), nz(e.mode()), nz(e.date()),
                        nz(e.place()), participants(e), nz(e.summary()), nz(firstSentence(e.evidence())),
                        String.join(JOIN, ExportData.sourceUrls(e.evidence())), nz(ExportData.confidence(e.confidence()))))
                        .toList());
    }

    private static void print(Writer out, List<String> header, List<List<Object>> rows) {
        try {
            CSVPrinter printer = new CSVPrinter(out, FORMAT);
            printer.printRecord(header);
            for (List<Object> row : rows) {
                printer.printRecord(row);
            }
            // Flush, not close: the caller owns the writer (it may be stdout).
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write CSV export: " + e.getMessage(), e);
        }
    }

    private static Object nz(Object value) {
        return value == null ? "" : value;
    }

    private static String firstSentence(List<Evidence> evidence) {
        List<String> s = ExportData.sentences(evidence);
        return s.isEmpty() ? null : s.get(0);
    }

    private static String documents(List<Evidence> evidence) {
        return evidence.stream().map(Evidence::documentName).distinct().collect(Collectors.joining(JOIN));
    }

    private static String participants(Event e) {
        return e.participants().stream().map((Participant p) -> p.name() + (p.role() == null ? "" : ":" + p.role()))
                .collect(Collectors.joining(JOIN));
    }
}
