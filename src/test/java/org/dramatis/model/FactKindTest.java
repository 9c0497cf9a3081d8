package org.dramatis.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class FactKindTest {
    /** The bundled data file's kind lines, without its comments, the line of {@code replaceKind} replaced or left out. */
    private static List<String> lines(String replaceKind, String with) {
        List<String> out = new ArrayList<>();
        for (String line : bundled()) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            if (!line.startsWith(replaceKind + "\t")) {
                out.add(line);
            } else if (with != null) {
                out.add(with);
            }
        }
        return out;
    }

    @Test
    void everyKind_hasEveryProperty() {
        for (FactKind k : FactKind.values()) {
            assertThat(k.section()).as("section of %s", k).isNotNull();
            assertThat(k.post()).as("post of %s", k).isNotNull();
            assertThat(k.ftm()).as("FtM shape of %s", k).isNotNull();
            assertThat(k.words()).as("words of %s", k).isNotBlank();
            assertThat(k.verb(null, true)).as("verb of %s", k).isNotBlank().doesNotContain("{", "}", "[", "]");
            assertThat(k.colour()).as("colour of %s", k).matches("#(\\p{XDigit}{3}|\\p{XDigit}{6})");
            // A kind whose role names a post says it in its wording; any other puts a role in parentheses.
            assertThat(k.verbPlacesRole()).as("verb of %s places the role", k).isEqualTo(k.post() != FactKind.Post.NONE);
            assertThat(FactKind.find(k.code())).contains(k);
            assertThat(k.between(ActorType.PERSON, ActorType.LOCATION) != null
                    || k.between(ActorType.ORGANIZATION, ActorType.ORGANIZATION) != null).as("%s joins some actors", k)
                    .isTrue();
        }
        assertThat(Arrays.stream(FactKind.Section.values()).map(FactKind.Section::heading)).doesNotHaveDuplicates();
    }

    @Test
    void verb_saysTheRoleWhereTheWordingPlacesItElseInParentheses() {
        assertThat(FactKind.ROLE.verb("head", true)).isEqualTo("is head of");
        assertThat(FactKind.ROLE.verb(null, false)).isEqualTo("is post holder");
        assertThat(FactKind.APPOINTED.verb("envoy", true)).isEqualTo("appointed as envoy");
        assertThat(FactKind.APPOINTED.verb(null, true)).isEqualTo("appointed");
        assertThat(FactKind.DESIGNATED_TERRORIST.verb(null, true)).isEqualTo("is designated a terrorist group by");
        assertThat(FactKind.DESIGNATED_TERRORIST.verb(null, false)).isEqualTo("is designated a terrorist group");
        assertThat(FactKind.MEMBER.verb("spokesman", true)).isEqualTo("is a member of (spokesman)");
    }

    @Test
    void between_dropsOrSwapsAKindTheActorTypesCannotHold() {
        assertThat(FactKind.PART_OF.between(ActorType.PERSON, ActorType.ORGANIZATION)).isEqualTo(FactKind.MEMBER);
        assertThat(FactKind.PART_OF.between(ActorType.ORGANIZATION, ActorType.ORGANIZATION)).isEqualTo(FactKind.PART_OF);
        assertThat(FactKind.REPRESENTS.between(ActorType.PERSON, ActorType.ORGANIZATION)).isNull();
        assertThat(FactKind.BORN.between(ActorType.PERSON, ActorType.ORGANIZATION)).isNull();
        assertThat(FactKind.BORN.between(ActorType.PERSON, ActorType.LOCATION)).isEqualTo(FactKind.BORN);
        assertThat(FactKind.BACKS.between(ActorType.COUNTRY, ActorType.PERSON)).isEqualTo(FactKind.BACKS);
    }

    @Test
    void scoreGroup_joinsAKindWithTheOneItIsTheSameRelationAs() {
        assertThat(FactKind.MEMBER.scoreGroup()).isEqualTo("member/part_of");
        assertThat(FactKind.PART_OF.scoreGroup()).isEqualTo("member/part_of");
        assertThat(FactKind.BACKS.scoreGroup()).isEqualTo("backs");
        assertThat(FactKind.find(" Part_Of ")).contains(FactKind.PART_OF);
        assertThat(FactKind.find("partof")).isEmpty();
    }

    @Test
    void traits_asTheRestOfTheProgramReadsThem() {
        assertThat(Arrays.stream(FactKind.values()).filter(FactKind::dated))
                .containsExactly(FactKind.ROLE, FactKind.MEMBER, FactKind.PART_OF);
        assertThat(Arrays.stream(FactKind.values()).filter(FactKind::symmetric)).containsExactly(FactKind.ASSOCIATE);
        assertThat(FactKind.OPPOSES.stance()).contains(FactKind.Stance.AGAINST);
        assertThat(FactKind.BACKS.stance()).contains(FactKind.Stance.FOR);
        assertThat(FactKind.ACCUSES.stance()).isEmpty();
        assertThat(FactKind.BORN.dateIsValue()).isTrue();
    }

    @Test
    void dataFile_errorsNameTheFileTheLineAndWhatIsWrong() {
        assertThatThrownBy(() -> FactKindText.parse("kinds.tsv", lines("EDUCATION", null)))
                .hasMessage("kinds.tsv: no line for relation kind EDUCATION");
        assertThatThrownBy(() -> FactKindText.parse("kinds.tsv", lines("BACKS", "FUNDS\tfunds\tfunds\t#123")))
                .hasMessage("kinds.tsv:5: 'FUNDS' is no relation kind");
        assertThatThrownBy(() -> FactKindText.parse("kinds.tsv", lines("ROLE", "ROLE\trole\tis {role}\tblue")))
                .hasMessage("kinds.tsv:1: 'blue' is no colour (#rgb or #rrggbb)");
        assertThatThrownBy(() -> FactKindText.parse("kinds.tsv", lines("ROLE", "ROLE\trole\tis {post}\t#123")))
                .hasMessageContaining("kinds.tsv:1: verb 'is {post}': the only placeholder is {role}");
        assertThatThrownBy(() -> FactKindText.parse("kinds.tsv", lines("ROLE", "ROLE\trole\tis [{role}\t#123")))
                .hasMessageContaining("kinds.tsv:1: verb 'is [{role}': an opening bracket is not closed");
        assertThatThrownBy(() -> FactKindText.parse("kinds.tsv", lines("ROLE", "ROLE\trole\t#123")))
                .hasMessage("kinds.tsv:1: expected KIND<TAB>words<TAB>verb<TAB>colour, found 3 columns");
        List<String> twice = lines("", null);
        twice.add(twice.get(0));
        assertThatThrownBy(() -> FactKindText.parse("kinds.tsv", twice)).hasMessage("kinds.tsv:16: ROLE is given twice");
    }

    private static List<String> bundled() {
        try (var in = FactKindText.class.getResourceAsStream(FactKindText.RESOURCE)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
