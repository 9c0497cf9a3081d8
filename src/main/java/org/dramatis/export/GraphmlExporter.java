package org.dramatis.export;

import java.io.Writer;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.dramatis.graph.EventQueries;
import org.dramatis.graph.GraphQueries;
import org.dramatis.graph.Views.ActorSummary;
import org.dramatis.graph.Views.Fact;
import org.dramatis.model.DramatisException;

/**
 * Writes the actor network as directed GraphML, which Gephi, Cytoscape, yEd and networkx open. Nodes are actors
 * ({@code label}, {@code type}, {@code mentions}); edges are facts between two actors ({@code kind}, {@code role},
 * {@code start}, {@code end}, {@code evidence} = first evidence sentence, {@code sources} = distinct outlets). Facts
 * with a literal object only (a birth year) have no edge. Node ids are {@code a<entity id>}, edge ids
 * {@code f<hash of fact key>}.
 */
public final class GraphmlExporter {
    private static final String NS = "http://graphml.graphdrawing.org/xmlns";

    /** Writes the whole graph; the writer is flushed, not closed. */
    public void write(GraphQueries graph, EventQueries events, Writer out) {
        write(ExportData.load(graph, events), out);
    }

    /** Writes {@code data}; the writer is flushed, not closed. */
    void write(ExportData data, Writer out) {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("graphml");
            xml.writeDefaultNamespace(NS);
            key(xml, "label", "node", "label", "string");
            key(xml, "type", "node", "type", "string");
            key(xml, "mentions", "node", "mentions", "int");
            key(xml, "kind", "edge", "kind", "string");
            key(xml, "role", "edge", "role", "string");
            key(xml, "start", "edge", "start", "string");
            key(xml, "end", "edge", "end", "string");
            key(xml, "evidence", "edge", "evidence", "string");
            key(xml, "sources", "edge", "sources", "int");
            key(xml, "confidence", "edge", "confidence", "double");
            xml.writeStartElement("graph");
            xml.writeAttribute("id", "dramatis");
            xml.writeAttribute("edgedefault", "directed");
            xml.writeCharacters("\n");
            for (ActorSummary a : data.actors()) {
                xml.writeStartElement("node");
                xml.writeAttribute("id", "a" + a.id());
                data(xml, "label", a.name());
                data(xml, "type", a.type().label());
                data(xml, "mentions", Integer.toString(a.mentions()));
                xml.writeEndElement();
                xml.writeCharacters("\n");
            }
            for (Fact f : data.facts()) {
                if (f.objectId() == null) {
                    continue;
                }
                xml.writeStartElement("edge");
                xml.writeAttribute("id", "f" + ExportData.shortHash(f.key()));
                xml.writeAttribute("source", "a" + f.subjectId());
                xml.writeAttribute("target", "a" + f.objectId());
                data(xml, "kind", f.kind().code());
                data(xml, "role", f.role());
                data(xml, "start", f.start());
                data(xml, "end", f.end());
                List<String> sentences = ExportData.sentences(f.evidence());
                data(xml, "evidence", sentences.isEmpty() ? null : sentences.get(0));
                data(xml, "sources", Long.toString(f.sourceCount()));
                data(xml, "confidence", ExportData.confidence(f.confidence()));
                xml.writeEndElement();
                xml.writeCharacters("\n");
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
            out.flush();
        } catch (XMLStreamException | java.io.IOException e) {
            throw new DramatisException("cannot write GraphML export: " + e.getMessage(), e);
        }
    }

    private static void key(XMLStreamWriter xml, String id, String domain, String name, String type) throws XMLStreamException {
        xml.writeEmptyElement("key");
        xml.writeAttribute("id", id);
        xml.writeAttribute("for", domain);
        xml.writeAttribute("attr.name", name);
        xml.writeAttribute("attr.type", type);
    }

    private static void data(XMLStreamWriter xml, String key, String value) throws XMLStreamException {
        if (value == null) {
            return;
        }
        xml.writeStartElement("data");
        xml.writeAttribute("key", key);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }
}
