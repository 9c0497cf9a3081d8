package org.dramatis.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTest {
    @Test
    void esc_neutralisesMarkupAndBothQuotes() {
        assertThat(Html.esc("<script>alert(1)</script> \" onmouseover='x' & co"))
                .isEqualTo("&lt;script&gt;alert(1)&lt;/script&gt; &quot; onmouseover=&#39;x&#39; &amp; co");
    }

    @Test
    void esc_rendersNullAsNothing() {
        assertThat(Html.esc(null)).isEmpty();
    }

    @Test
    void safeUrl_keepsHttpAndSameSitePathsOnly() {
        assertThat(Html.safeUrl("https://example.org/a?b=1")).isEqualTo("https://example.org/a?b=1");
        assertThat(Html.safeUrl("/actors/3")).isEqualTo("/actors/3");
        assertThat(Html.safeUrl("javascript:alert(1)")).isNull();
        assertThat(Html.safeUrl(" JavaScript:alert(1)")).isNull();
        assertThat(Html.safeUrl("data:text/html,hi")).isNull();
        assertThat(Html.safeUrl("//evil.example/x")).isNull();
        assertThat(Html.safeUrl("http:/no-host")).isNull();
    }

    @Test
    void link_fallsBackToEscapedTextForUnsafeUrls() {
        assertThat(Html.link("javascript:alert(1)", "<b>x</b>")).isEqualTo("&lt;b&gt;x&lt;/b&gt;");
        assertThat(Html.link("https://a.example/?a=1&b=2", "t")).isEqualTo("<a href=\"https://a.example/?a=1&amp;b=2\">t</a>");
    }
}
