package org.dramatis.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dramatis.extract.TestDocs.doc;

import java.time.LocalDate;
import org.dramatis.model.FactKind;
import org.junit.jupiter.api.Test;

/** The home state an untitled minister's post is inferred for, over hand-made annotations. */
class HomeCountryTest {
    private final Extractor extractor = new Extractor();

    private String homeOfRask(String... sentences) {
        Extraction x = extractor.extract(doc(sentences), LocalDate.of(2022, 9, 15));
        return x.facts().stream().filter(f -> f.kind() == FactKind.ROLE && f.object() >= 0)
                .filter(f -> x.mentions().get(f.subject()).text().equals("Tavi Rask"))
                .map(f -> x.mentions().get(f.object()).text()).findFirst().orElse(null);
    }

    @Test
    void homeCountry_countsNoCountryNamedInQuotedSpeech() {
        assertThat(homeOfRask(
                "Interior/NNP/TITLE Minister/NNP/TITLE Tavi/NNP/PERSON Rask/NNP/PERSON spoke/VBD in/IN Veloria/NNP/COUNTRY ./.",
                "\"/`` We/PRP will/MD never/RB bow/VB to/TO Kastmir/NNP/COUNTRY ,/, never/RB to/TO Kastmir/NNP/COUNTRY ,/, "
                        + "\"/'' he/PRP said/VBD ./.")).isEqualTo("Veloria");
    }

    @Test
    void homeCountry_isNoCountryCalledNeighbouring() {
        assertThat(homeOfRask(
                "Interior/NNP/TITLE Minister/NNP/TITLE Tavi/NNP/PERSON Rask/NNP/PERSON accused/VBD neighbouring/VBG "
                        + "Kastmir/NNP/COUNTRY of/IN arming/VBG rebels/NNS ./.",
                "Kastmir/NNP/COUNTRY denied/VBD it/PRP ./.",
                "Veloria/NNP/COUNTRY will/MD respond/VB ,/, Rask/NNP/PERSON said/VBD ./.")).isEqualTo("Veloria");
    }

    @Test
    void homeCountry_staysUnknownWhenNoCountryDominates() {
        assertThat(homeOfRask(
                "Interior/NNP/TITLE Minister/NNP/TITLE Tavi/NNP/PERSON Rask/NNP/PERSON spoke/VBD of/IN Kastmir/NNP/COUNTRY ./.",
                "Veloria/NNP/COUNTRY will/MD respond/VB ,/, Rask/NNP/PERSON said/VBD ./.")).isNull();
    }

    @Test
    void homeCountry_holdsTheArmyChiefOfStaffsPost() {
        Extraction x = extractor.extract(doc(
                "Kastmir/NNP/COUNTRY sent/VBD troops/NNS ./.",
                "Army/NNP/TITLE chief/NN/TITLE of/IN/TITLE staff/NN/TITLE Ravi/NNP/PERSON Denn/NNP/PERSON stayed/VBD home/NN ./."),
                LocalDate.of(2022, 9, 15));
        assertThat(x.facts()).anySatisfy(f -> {
            assertThat(f.kind()).isEqualTo(FactKind.ROLE);
            assertThat(f.role()).isEqualTo("army chief of staff");
            assertThat(x.mentions().get(f.object()).text()).isEqualTo("Kastmir");
        });
    }

    @Test
    void homeCountry_isNoCountryWhoseDefenceSecretaryIsNamed() {
        assertThat(homeOfRask(
                "Interior/NNP/TITLE Minister/NNP/TITLE Tavi/NNP/PERSON Rask/NNP/PERSON met/VBD Kastmir/NNP/COUNTRY "
                        + "Defence/NNP Secretary/NNP/TITLE Ana/NNP/PERSON Ruiz/NNP/PERSON in/IN Veloria/NNP/COUNTRY ./.",
                "Kastmir/NNP/COUNTRY sent/VBD troops/NNS ./.",
                "Kastmir/NNP/COUNTRY wants/VBZ a/DT base/NN ./.")).isEqualTo("Veloria");
    }

    @Test
    void homeCountry_withNoneDominatingIsTheStateOfTheCapitalInTheDateline() {
        String body = "Interior/NNP/TITLE Minister/NNP/TITLE Tavi/NNP/PERSON Rask/NNP/PERSON spoke/VBD of/IN "
                + "Kastmir/NNP/COUNTRY and/CC Iran/NNP/COUNTRY ./.";
        String more = "Kastmir/NNP/COUNTRY and/CC Iran/NNP/COUNTRY replied/VBD ./.";
        assertThat(homeOfRask("TEHRAN/NNP ,/, May/NNP 7/CD -/: " + body, more)).isEqualTo("Iran");
        assertThat(homeOfRask(body, more)).isNull();
    }
}
