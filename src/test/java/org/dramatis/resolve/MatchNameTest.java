package org.dramatis.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dramatis.model.ActorType;
import org.junit.jupiter.api.Test;

class MatchNameTest {
    @Test
    void vowelKey_joinsTransliterationsAndDropsArticles() {
        assertThat(MatchName.vowelKey("Omar al-Kadhimi")).isEqualTo(MatchName.vowelKey("Omar Kazemi"));
        assertThat(MatchName.vowelKey("al-Harmali")).isEqualTo(List.of("harmali"));
    }

    @Test
    void vowelKey_keepsTheVowelsThatTellASkeletonApart() {
        assertThat(TestDocs.KEYS.key("Saadun")).isEqualTo(TestDocs.KEYS.key("Sudan"));
        assertThat(MatchName.vowelKey("Saadun")).isNotEqualTo(MatchName.vowelKey("Sudan"));
        assertThat(MatchName.sameVowels("Teheran", "Tehran")).isTrue();
        assertThat(MatchName.sameVowels("Amrana", "Omruna")).isFalse();
    }

    @Test
    void of_stripsHonorificsBeforeKeying() {
        MatchName n = MatchName.of("Dr. Yusuf al-Harmali", ActorType.PERSON, TestDocs.KEYS);
        assertThat(n.display()).isEqualTo("Yusuf al-Harmali");
        assertThat(n.vowels()).containsExactly("iusuf", "harmali");
        assertThat(MatchName.of("TLF", ActorType.ORGANIZATION, TestDocs.KEYS).acronym()).isTrue();
    }
}
