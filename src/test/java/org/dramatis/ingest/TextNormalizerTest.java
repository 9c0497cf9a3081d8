package org.dramatis.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    @Test
    void normalize_collapsesBlankLinesAndLineEnds() {
        String raw = "\uFEFFFirst line  \r\nsecond line\r\n\r\n\r\n \t \nThird\u00A0paragraph\n\n\n";

        assertThat(TextNormalizer.normalize(raw)).isEqualTo("First line\nsecond line\n\nThird paragraph");
    }

    @Test
    void normalize_composesAccentsAndDropsControlCharacters() {
        assertThat(TextNormalizer.normalize("Jose\u0301\u0007 spoke\u200B.")).isEqualTo("Jos\u00e9 spoke.");
    }

    @Test
    void normalize_isIdempotent() {
        String once = TextNormalizer.normalize("A  b\r\n\r\n\r\nc\u2028d");

        assertThat(TextNormalizer.normalize(once)).isEqualTo(once).isEqualTo("A b\n\nc\nd");
    }

    @Test
    void normalize_neverJoinsALessThanSignToATagNameByDroppingACharacter() {
        assertThat(TextNormalizer.normalize("a <\u000Fscript>alert(1)<\u000F/script> b"))
                .isEqualTo("a < script>alert(1)< /script> b");
        assertThat(TextNormalizer.normalize("<\u200Bimg src=x><\u0001!\u0002-- c -->")).isEqualTo("< img src=x>< !-- c -->");
        assertThat(TextNormalizer.normalize("</\u0007p> <?\u0008xml")).isEqualTo("</ p> <? xml");
        assertThat(TextNormalizer.normalize("3 <\u0007 4 and x\u0007y")).isEqualTo("3 < 4 and xy");
    }
}
