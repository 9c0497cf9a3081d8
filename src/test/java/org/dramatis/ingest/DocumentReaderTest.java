package org.dramatis.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentReaderTest {

    static final String ARTICLE = """
            Council of Veloria approves new border commission

            The ruling council of the Republic of Veloria approved on Tuesday a commission to oversee the northern border crossings.

            Deputy minister Aren Stavik said the commission would report to parliament within ninety days.
            """;

    private static final DocumentReader READER = new DocumentReader();

    @TempDir
    Path dir;

    @Test
    void read_plainTextKeepsParagraphsAndTakesFirstLineAsTitle() throws IOException {
        Path file = write("council.txt", ARTICLE.replace("\n", "\r\n") + "\n\n\n\n");

        SourceDocument doc = single(file);

        assertThat(doc.name()).isEqualTo("council.txt");
        assertThat(doc.path()).isEqualTo(file);
        assertThat(doc.title()).isEqualTo("Council of Veloria approves new border commission");
        assertThat(doc.text()).doesNotContain("\r").doesNotContain("\n\n\n")
                .startsWith("Council of Veloria approves").endsWith("within ninety days.")
                .contains("border commission\n\nThe ruling council");
        assertThat(doc.sha256()).matches("[0-9a-f]{64}");
        assertThat(doc.language()).isEqualTo("en");
        assertThat(doc.outlet()).isNull();
        assertThat(doc.published()).isNull();
    }

    @Test
    void read_sameTextInTwoFilesGivesSameHash() throws IOException {
        Path a = write("a.txt", "\uFEFF" + ARTICLE);
        Path b = write("b.txt", ARTICLE.replace("\n", "\r\n") + "   \n\n");

        assertThat(single(a).sha256()).isEqualTo(single(b).sha256());
        assertThat(single(a).sha256()).isEqualTo(SourceDocument.sha256Of(single(b).text()));
    }

    @Test
    void read_acceptsUtf16WithByteOrderMark() throws IOException {
        Path file = dir.resolve("wide.txt");
        byte[] body = ARTICLE.getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);
        Files.write(file, bytes);

        assertThat(single(file).text()).contains("Deputy minister Aren Stavik");
    }

    @Test
    void read_normalizesToNfc() throws IOException {
        Path file = write("accent.txt", "The envoy Rene\u0301 Marchal arrived in the capital on Monday for talks.");

        assertThat(single(file).text()).contains("Ren\u00e9 Marchal");
    }

    @Test
    void read_markdownFrontMatterGivesMetadataAndBody() throws IOException {
        Path file = write("raid.md", """
                ---
                title: Police raid offices of the Harvest Party
                publisher: The Tarsin Courier
                link: https://courier.example/2021/raid
                date: 2021-03-14
                ---
                # Raid on party offices

                Police in Tarsin searched the offices of the **Harvest Party** late on Sunday, \
                according to a [party statement](https://harvest.example/statement).

                Two officials were detained and later released.
                """);

        SourceDocument doc = single(file);

        assertThat(doc.title()).isEqualTo("Police raid offices of the Harvest Party");
        assertThat(doc.outlet()).isEqualTo("The Tarsin Courier");
        assertThat(doc.url()).isEqualTo("https://courier.example/2021/raid");
        assertThat(doc.published()).isEqualTo(LocalDate.of(2021, 3, 14));
        assertThat(doc.text()).startsWith("Raid on party offices\n\nPolice in Tarsin")
                .contains("offices of the Harvest Party late", "according to a party statement.")
                .doesNotContain("---", "title:", "https://", "**");
    }

    @Test
    void read_htmlKeepsArticleParagraphsAndDropsBoilerplate() throws IOException {
        Path file = write("visit.html", """
                <!DOCTYPE html>
                <html><head>
                <title>Foreign minister visits Korval | The Meridian Herald</title>
                <meta property="og:title" content="Foreign minister visits Korval">
                <meta property="og:site_name" content="The Meridian Herald">
                <meta property="article:published_time" content="2022-11-03T08:15:00+03:00">
                <link rel="canonical" href="https://herald.example/world/korval-visit">
                </head><body>
                <header class="site-header"><a href="/">Home</a> <a href="/world">World</a> Masthead slogan here</header>
                <nav><ul><li><a href="/politics">Politics</a></li><li><a href="/sport">Sport</a></li></ul></nav>
                <div class="main-menu"><a href="/a">Economy</a> <a href="/b">Culture</a> Subscribe today</div>
                <!-- tracking comment that must not appear -->
                <div class="content">
                  <h1>Foreign minister visits Korval</h1>
                  <p>Foreign minister Lida Varnhem arrived in Korval on Thursday for two days of talks with \
                the transitional council.</p>
                  <p>She met council chairman Oskar Drumond and discussed the reopening of the eastern \
                railway, officials said.</p>
                  <div class="share-buttons">Share this article on social networks</div>
                  <p>The visit is the first by a cabinet member since the ceasefire signed in the spring.</p>
                </div>
                <ul class="links"><li><a href="/x">Markets fall again</a></li><li><a href="/y">Storm warning issued</a></li></ul>
                <footer>Copyright The Meridian Herald. All rights reserved. Privacy policy.</footer>
                <script>var tracker = "drop me";</script>
                </body></html>
                """);

        SourceDocument doc = single(file);

        assertThat(doc.title()).isEqualTo("Foreign minister visits Korval");
        assertThat(doc.outlet()).isEqualTo("The Meridian Herald");
        assertThat(doc.url()).isEqualTo("https://herald.example/world/korval-visit");
        assertThat(doc.published()).isEqualTo(LocalDate.of(2022, 11, 3));
        assertThat(doc.text())
                .contains("Foreign minister Lida Varnhem arrived in Korval on Thursday for two days of talks with the "
                        + "transitional council.\n\nShe met council chairman")
                .contains("The visit is the first by a cabinet member")
                .doesNotContain("Politics", "Sport", "Economy", "Subscribe", "Masthead", "Share this",
                        "Copyright", "tracker", "tracking comment", "Markets fall", "Storm warning");
    }

    @Test
    void read_htmlMetaFallbacksUseTitleTagNamedPublisherAndTimeElement() throws IOException {
        Path file = write("plain.htm", """
                <html><head><title>Assembly elects new speaker</title>
                <meta name="publisher" content="Northern Wire"></head>
                <body><article><p>The national assembly elected Tomas Eberl as its speaker on Friday after three rounds \
                of voting.</p><p>Published <time datetime="2019-06-21">21 June</time>.</p></article></body></html>
                """);

        SourceDocument doc = single(file);

        assertThat(doc.title()).isEqualTo("Assembly elects new speaker");
        assertThat(doc.outlet()).isEqualTo("Northern Wire");
        assertThat(doc.published()).isEqualTo(LocalDate.of(2019, 6, 21));
        assertThat(doc.text()).startsWith("The national assembly elected Tomas Eberl");
    }

    @Test
    void read_rssFeedGivesOneDocumentPerItem() throws IOException {
        Path file = write("wire.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel>
                  <title>Eastern Provinces Wire</title>
                  <link>https://wire.example/</link>
                  <description>News from the provinces</description>
                  <item>
                    <title>Governor dismisses police chief</title>
                    <link>https://wire.example/items/101</link>
                    <pubDate>Mon, 04 Jan 2021 09:30:00 GMT</pubDate>
                    <description>&lt;p&gt;The governor of Selm province dismissed the regional police chief on \
                Monday.&lt;/p&gt;&lt;p&gt;No reason was given.&lt;/p&gt;</description>
                  </item>
                  <item>
                    <title>Protest held outside parliament</title>
                    <link>https://wire.example/items/102</link>
                    <pubDate>Tue, 05 Jan 2021 17:00:00 GMT</pubDate>
                    <description>Several hundred teachers gathered outside parliament to demand back pay.</description>
                  </item>
                </channel></rss>
                """);

        List<SourceDocument> docs = READER.read(file);

        assertThat(docs).hasSize(2);
        assertThat(docs).extracting(SourceDocument::name).containsExactly("wire.xml#1", "wire.xml#2");
        assertThat(docs).extracting(SourceDocument::title)
                .containsExactly("Governor dismisses police chief", "Protest held outside parliament");
        assertThat(docs).extracting(SourceDocument::url)
                .containsExactly("https://wire.example/items/101", "https://wire.example/items/102");
        assertThat(docs).extracting(SourceDocument::published)
                .containsExactly(LocalDate.of(2021, 1, 4), LocalDate.of(2021, 1, 5));
        assertThat(docs).extracting(SourceDocument::outlet).containsOnly("Eastern Provinces Wire");
        assertThat(docs.get(0).text()).isEqualTo(
                "The governor of Selm province dismissed the regional police chief on Monday.\n\nNo reason was given.");
    }

    @Test
    void read_atomFeedWithRssExtensionIsRead() throws IOException {
        Path file = write("updates.atom", """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom">
                  <title>Capital Bulletin</title><id>urn:bulletin</id><updated>2020-05-07T10:00:00Z</updated>
                  <entry>
                    <title>Cabinet reshuffle announced</title>
                    <link href="https://bulletin.example/reshuffle"/>
                    <id>urn:bulletin:1</id>
                    <published>2020-05-07T10:00:00Z</published><updated>2020-05-07T10:00:00Z</updated>
                    <content type="html">&lt;p&gt;The prime minister replaced four ministers in a cabinet reshuffle.&lt;/p&gt;</content>
                  </entry>
                </feed>
                """);

        SourceDocument doc = single(file);

        assertThat(doc.name()).isEqualTo("updates.atom#1");
        assertThat(doc.outlet()).isEqualTo("Capital Bulletin");
        assertThat(doc.url()).isEqualTo("https://bulletin.example/reshuffle");
        assertThat(doc.published()).isEqualTo(LocalDate.of(2020, 5, 7));
        assertThat(doc.text()).isEqualTo("The prime minister replaced four ministers in a cabinet reshuffle.");
    }

    @Test
    void read_bytesGiveTheDocumentsTheFileGivesWithoutItsPath() throws IOException {
        Path file = write("wire.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Eastern Provinces Wire</title>
                  <item><title>Governor dismisses police chief</title>
                    <description>The governor of Selm province dismissed the police chief.</description></item>
                  <item><title>Protest held outside parliament</title>
                    <description>Several hundred teachers gathered outside parliament.</description></item>
                </channel></rss>
                """);

        List<SourceDocument> fromFile = READER.read(file);
        List<SourceDocument> fromBytes = READER.read(Files.readAllBytes(file), "wire.xml");

        assertThat(fromBytes).extracting(SourceDocument::name).containsExactly("wire.xml#1", "wire.xml#2");
        assertThat(fromBytes).extracting(SourceDocument::path).containsOnlyNulls();
        assertThat(fromBytes).isEqualTo(fromFile.stream().map(d -> new SourceDocument(d.name(), null, d.sha256(),
                d.title(), d.outlet(), d.url(), d.published(), d.language(), d.text())).toList());
        assertThatThrownBy(() -> READER.read(new byte[0], "wire.xml")).isInstanceOf(RejectedInput.class)
                .hasMessage("wire.xml: empty file (0 bytes)");
        assertThatThrownBy(() -> READER.read(new byte[] {1}, "")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("blank");
    }

    @Test
    void read_feedSkipsItemsWithoutTextButKeepsNumbering() throws IOException {
        Path file = write("sparse.rss", """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Valley Radio</title><link>https://radio.example/</link>
                  <description>Bulletins</description>
                  <item><title>Photo gallery</title><link>https://radio.example/p</link></item>
                  <item><title>Dam talks</title><link>https://radio.example/d</link>
                    <description>Engineers from both banks met to discuss water quotas for the summer.</description></item>
                </channel></rss>
                """);

        SourceDocument doc = single(file);

        assertThat(doc.name()).isEqualTo("sparse.rss#2");
        assertThat(doc.published()).isNull();
    }

    @Test
    void read_docxTextAndTitle() throws IOException {
        Path file = dir.resolve("statement.docx");
        try (XWPFDocument docx = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            docx.getProperties().getCoreProperties().setTitle("Statement of the interior ministry");
            docx.createParagraph().createRun().setText("The interior ministry announced the arrest of three suspects "
                    + "in the bombing of the Halden market.");
            docx.createParagraph().createRun().setText("A spokesman said the investigation continues.");
            docx.write(out);
        }

        SourceDocument doc = single(file);

        assertThat(doc.title()).isEqualTo("Statement of the interior ministry");
        assertThat(doc.text()).isEqualTo("The interior ministry announced the arrest of three suspects in the bombing "
                + "of the Halden market.\n\nA spokesman said the investigation continues.");
    }

    @Test
    void read_pdfText() throws IOException {
        Path file = dir.resolve("report.pdf");
        try (PDDocument pdf = pdfWithLine("The electoral commission certified the results of the regional vote.")) {
            PDDocumentInformation info = pdf.getDocumentInformation();
            info.setTitle("Commission report");
            pdf.save(file.toFile());
        }

        SourceDocument doc = single(file);

        assertThat(doc.title()).isEqualTo("Commission report");
        assertThat(doc.text()).contains("The electoral commission certified the results of the regional vote.");
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private static SourceDocument single(Path file) {
        List<SourceDocument> docs = READER.read(file);
        assertThat(docs).hasSize(1);
        return docs.get(0);
    }

    static PDDocument pdfWithLine(String line) throws IOException {
        PDDocument pdf = new PDDocument();
        PDPage page = new PDPage();
        pdf.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
            content.beginText();
            content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
            content.newLineAtOffset(72, 700);
            content.showText(line);
            content.endText();
        }
        return pdf;
    }
}
