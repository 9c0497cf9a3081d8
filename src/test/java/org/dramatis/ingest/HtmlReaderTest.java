package org.dramatis.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class HtmlReaderTest {

    private static Extracted read(String html) {
        return HtmlReader.read(html.getBytes(StandardCharsets.UTF_8), Path.of("page.html"), "page.html", 500);
    }

    @Test
    void read_findsDensestParagraphBlockWithoutSemanticMarkup() {
        Extracted page = read("""
                <html><body>
                <div id="top"><a href="/">Front page</a> | <a href="/opinion">Opinion</a> | <a href="/video">Video</a></div>
                <div id="left"><p>Weather: sunny</p></div>
                <div id="story">
                  <p>Militia commanders in the hill districts agreed on Saturday to hand heavy weapons to the \
                army, a regional mediator said.</p>
                  <p>The agreement follows months of clashes between the Stone Brigade and government forces \
                around the town of Parvel.</p>
                  <p>Observers from the neighbouring states are expected to monitor the handover.</p>
                </div>
                <div id="bottom"><a href="/about">About us</a> <a href="/contact">Contact</a></div>
                </body></html>
                """);

        assertThat(page.text()).startsWith("Militia commanders in the hill districts")
                .contains("\n\nThe agreement follows months", "\n\nObservers from the neighbouring states")
                .doesNotContain("Front page", "Opinion", "Weather", "About us");
    }

    @Test
    void read_keepsHeadlineInsideArticleHeaderAndDropsSiteHeader() {
        Extracted page = read("""
                <html><head><meta name="date" content="2023-02-01"></head><body>
                <header><span>The Lowland Daily</span></header>
                <article><header><h1>Mayor arrested in bribery case</h1></header>
                <p>Anti-corruption police arrested the mayor of Essberg on Wednesday over contracts for the new port.</p>
                <aside>Related: Port project delayed</aside>
                </article></body></html>
                """);

        assertThat(page.text()).isEqualTo("Mayor arrested in bribery case\n\n"
                + "Anti-corruption police arrested the mayor of Essberg on Wednesday over contracts for the new port.");
        assertThat(page.published()).hasToString("2023-02-01");
        assertThat(page.title()).isEqualTo("Mayor arrested in bribery case");
    }

    @Test
    void read_takesCanonicalUrlFromOgUrlWhenNoLinkAndStripsOutletFromTitle() {
        Extracted page = read("""
                <html><head><title>Talks resume in Orsa - Harbour Times</title>
                <meta property="og:site_name" content="Harbour Times">
                <meta property="og:url" content="https://harbour.example/talks">
                </head><body><p>Negotiators resumed talks in Orsa on Monday after a two-week pause.</p></body></html>
                """);

        assertThat(page.title()).isEqualTo("Talks resume in Orsa");
        assertThat(page.url()).isEqualTo("https://harbour.example/talks");
        assertThat(page.text()).isEqualTo("Negotiators resumed talks in Orsa on Monday after a two-week pause.");
    }

    @Test
    void read_fallsBackToJsonLdForDateAndPublisher() {
        Extracted page = read("""
                <html><head><title>Ceasefire extended</title>
                <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
                  {"@type":"WebSite","name":"ignored"},
                  {"@type":"NewsArticle","headline":"Ceasefire extended by a month",
                   "datePublished":"2024-04-09T06:00:00+02:00","publisher":{"@type":"Organization","name":"Delta Times"}}]}
                </script></head>
                <body><p>The two sides agreed to extend the ceasefire in the delta region by one month.</p></body></html>
                """);

        assertThat(page.title()).isEqualTo("Ceasefire extended by a month");
        assertThat(page.outlet()).isEqualTo("Delta Times");
        assertThat(page.published()).hasToString("2024-04-09");
    }

    @Test
    void read_brokenJsonLdCostsNothing() {
        Extracted page = read("""
                <html><head><title>Port strike ends</title><script type="application/ld+json">{"headline": </script>
                </head><body><p>Dock workers in the capital returned to work after a nine-day strike.</p></body></html>
                """);

        assertThat(page.title()).isEqualTo("Port strike ends");
        assertThat(page.text()).isEqualTo("Dock workers in the capital returned to work after a nine-day strike.");
    }

    @Test
    void read_controlCharacterInsideATagDoesNotBecomeAScriptTagInTheText() {
        Extracted page = read("<html><body><article><p>The council met on Monday. <\u000Fscript>alert(1)<\u000F/script>"
                + " The vote was delayed.</p></article></body></html>");

        assertThat(page.text()).doesNotContain("<script", "</script")
                .isEqualTo("The council met on Monday. < script>alert(1)< /script> The vote was delayed.");
    }
}
