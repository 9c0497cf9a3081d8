package org.dramatis.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.dramatis.eval.EvalFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class GraphmlExporterTest {
    @TempDir
    Path dir;

    @Test
    void write_givesOneNodePerActorAndOneEdgePerFactBetweenActors() throws Exception {
        EvalFixture fx = EvalFixture.sample(dir);
        StringWriter out = new StringWriter();
        new GraphmlExporter().write(fx.graph(), fx.events(), out);

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document xml = factory.newDocumentBuilder().parse(new InputSource(new StringReader(out.toString())));
        String ns = "http://graphml.graphdrawing.org/xmlns";
        assertThat(((Element) xml.getElementsByTagNameNS(ns, "graph").item(0)).getAttribute("edgedefault"))
                .isEqualTo("directed");
        assertThat(xml.getElementsByTagNameNS(ns, "node").getLength()).isEqualTo(8);
        NodeList edges = xml.getElementsByTagNameNS(ns, "edge");
        assertThat(edges.getLength()).isEqualTo(6);
        assertThat(out.toString()).contains("<data key=\"kind\">backs</data>");
        NodeList data = xml.getElementsByTagNameNS(ns, "data");
        boolean found = false;
        for (int i = 0; i < data.getLength(); i++) {
            found |= data.item(i).getTextContent()
                    .equals("Tomas Ebrin said, \"the Shield Brigade answers to nobody,\"\nand he opposes it.");
        }
        assertThat(found).as("evidence sentence with quotes and a line break survives").isTrue();
    }
}
