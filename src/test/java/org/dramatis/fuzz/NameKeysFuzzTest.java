package org.dramatis.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import org.dramatis.model.ActorType;
import org.dramatis.resolve.NameKeys;

/**
 * The name normalizer sees every surface string the NLP finds, so it must answer for any string: no exception, keys
 * made only of the tokens, and the key of a key still a key.
 */
class NameKeysFuzzTest {
    private static final NameKeys KEYS = NameKeys.load();

    @FuzzTest(maxDuration = "30s")
    void nameKeys_neverThrowAndKeyIsStable(FuzzedDataProvider data) {
        ActorType type = data.pickValue(ActorType.values());
        String other = data.consumeString(64);
        String name = data.consumeRemainingAsString();

        assertThat(KEYS.display(name)).isNotNull();
        assertThat(KEYS.display(name, type)).isNotNull();
        List<String> tokens = KEYS.tokens(name);
        assertThat(tokens).doesNotContainNull().noneMatch(String::isEmpty);
        String key = KEYS.key(name);
        assertThat(key).isEqualTo(String.join(" ", tokens));
        assertThat(KEYS.key(key)).isNotNull();
        String surname = KEYS.surnameKey(name);
        assertThat(surname).isEqualTo(tokens.isEmpty() ? "" : tokens.get(tokens.size() - 1));
        KEYS.isAcronymOf(name, other);
        KEYS.isAcronymOf(other, name);
        NameKeys.looksLikeAcronym(name);
    }
}
