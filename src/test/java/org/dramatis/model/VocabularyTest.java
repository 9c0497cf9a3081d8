package org.dramatis.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class VocabularyTest {
    @Test
    void datePrecision_followsTheLengthOfAnIsoPartialDate() {
        assertThat(DatePrecision.of("2016")).isEqualTo(DatePrecision.YEAR);
        assertThat(DatePrecision.of("2020-05")).isEqualTo(DatePrecision.MONTH);
        assertThat(DatePrecision.of("2020-05-07")).isEqualTo(DatePrecision.DAY);
        assertThatThrownBy(() -> DatePrecision.of("May")).hasMessageContaining("'May'");
    }

    @Test
    void actorType_mapsNerTagsAndGoldLabels() {
        assertThat(ActorType.fromNerTag("CITY")).contains(ActorType.LOCATION);
        assertThat(ActorType.fromNerTag("DATE")).isEmpty();
        assertThat(ActorType.parse("City")).isEqualTo(ActorType.LOCATION);
        assertThat(ActorType.parse("Organization")).isEqualTo(ActorType.ORGANIZATION);
    }

    @Test
    void factKind_codesMatchGoldSpelling() {
        assertThat(FactKind.DESIGNATED_TERRORIST.code()).isEqualTo("designated_terrorist");
        assertThat(FactKind.parse("part_of")).isEqualTo(FactKind.PART_OF);
    }
}
