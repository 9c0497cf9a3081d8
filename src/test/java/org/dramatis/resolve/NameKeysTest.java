package org.dramatis.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.dramatis.model.ActorType;
import org.junit.jupiter.api.Test;

class NameKeysTest {
    private static final NameKeys KEYS = NameKeys.load();

    private static void sameKey(String... names) {
        String first = KEYS.key(names[0]);
        assertThat(first).isNotEmpty();
        for (String n : names) {
            assertThat(KEYS.key(n)).as("key of '%s' vs '%s'", n, names[0]).isEqualTo(first);
        }
    }

    @Test
    void key_dropsTheArticle() {
        sameKey("al-Nazimi", "Al-Nazimi", "al Nazimi", "El-Nazimi", "Nazimi", "ul-Nazimi");
        sameKey("Saraya as-Salam", "Saraya al-Salam", "Saraya Salam");
    }

    @Test
    void key_foldsGhWithQAndK() {
        sameKey("Farhad Tavaghi", "Farhad Tavaqi", "Farhad Tavaki");
        sameKey("Ghorbanpour", "Qorbanpour");
    }

    @Test
    void key_foldsTheFrenchChWithSh() {
        // The same Arabic letter in a Tunisian or Algerian name's French spelling and in a translation's English one.
        sameKey("Youssef Chahed", "Youssef Al-Shahed", "Yousef Shahed");
        sameKey("Chadli", "Shadli");
        assertThat(KEYS.key("Chahed")).isNotEqualTo(KEYS.key("Sahed"));
    }

    @Test
    void key_foldsDhZThD() {
        sameKey("Nadhimi", "Nazemi", "al-Nazimi", "Nathimi");
    }

    @Test
    void key_foldsQAndK() {
        sameKey("Qasim", "Kasim", "Kassem", "Qassem");
    }

    @Test
    void key_foldsOuAndU() {
        sameKey("Youssef", "Yusuf", "Yousef");
        sameKey("Mansour", "Mansur");
    }

    @Test
    void key_foldsEeAndI() {
        sameKey("Saeed", "Said", "Sa'id");
        sameKey("Rasheed", "Rashid");
    }

    @Test
    void key_foldsKhAndH() {
        sameKey("Khaldun", "Haldun");
    }

    @Test
    void key_singlesDoubledLetters() {
        sameKey("Hassoun", "Hasun", "Hassun");
        sameKey("Mohammed", "Mohamed", "Muhammad");
    }

    @Test
    void key_ignoresApostrophesAndAyn() {
        sameKey("Ja'far Tamimi", "Jafar Tamimi", "Jaʿfar Tamimi", "Ja’far al-Tamimi", "Jaafar Tamimi");
    }

    @Test
    void key_ignoresHyphensAndSpacingBetweenParticles() {
        sameKey("Abu-Layla", "Abu Layla", "Abou Layla");
    }

    @Test
    void key_foldsAbdulAbdelAbdAl() {
        sameKey("Abdel Karim", "Abdul-Karim", "Abd al-Karim", "Abd-el-Karim", "Abdulkarim");
    }

    @Test
    void key_foldsBinIbnBen() {
        sameKey("Fadil bin Rashid", "Fadil ibn Rashid", "Fadil ben Rashid");
    }

    @Test
    void key_foldsBritishAndAmericanSpelling() {
        sameKey("Mobilisation Units", "Mobilization Units");
        sameKey("Labour Front", "Labor Front");
        sameKey("Defence Organisation", "Defense Organization");
    }

    @Test
    void key_transliteratesArabicScript() {
        assertThat(KEYS.key("\u0639\u0645\u0631")).isNotEmpty().matches("[a-z ]+");
    }

    @Test
    void key_keepsDifferentNamesApart() {
        assertThat(KEYS.key("Nazemi")).isNotEqualTo(KEYS.key("Nazem"));
        assertThat(KEYS.key("Tariq Hashimi")).isNotEqualTo(KEYS.key("Salim Hashimi"));
    }

    @Test
    void display_stripsHonorificsAndRanks() {
        assertThat(KEYS.display("Hajj Omar al-Nadhimi")).isEqualTo("Omar al-Nadhimi");
        assertThat(KEYS.display("Lieutenant General Samir Fadil")).isEqualTo("Samir Fadil");
        assertThat(KEYS.display("Former Prime Minister Dr. Samir Fadil")).isEqualTo("Samir Fadil");
        assertThat(KEYS.display("then-President Samir Fadil")).isEqualTo("Samir Fadil");
        assertThat(KEYS.display("Sheikh Fadil's")).isEqualTo("Fadil");
        assertThat(KEYS.display("\u201CSamir Fadil\u201D")).isEqualTo("Samir Fadil");
    }

    @Test
    void display_stripsFormsOfAddressOfTranslatedTextButKeepsThemInPlacesAndGroups() {
        assertThat(KEYS.display("Sardar Kamran Vessali")).isEqualTo("Kamran Vessali");
        assertThat(KEYS.display("Martyr Hajj Kamran Vessali")).isEqualTo("Kamran Vessali");
        assertThat(KEYS.display("Hazrat Ayatollah Kamran Vessali")).isEqualTo("Kamran Vessali");
        assertThat(KEYS.display("Begum Nasreen Hadi")).isEqualTo("Nasreen Hadi");
        assertThat(KEYS.display("Maulana Idris Qadri")).isEqualTo("Idris Qadri");
        assertThat(KEYS.display("Martyr Farid Brigades", ActorType.ORGANIZATION)).isEqualTo("Martyr Farid Brigades");
        assertThat(KEYS.display("Hazrat Daruk International Airport", ActorType.LOCATION))
                .isEqualTo("Hazrat Daruk International Airport");
    }

    @Test
    void display_keepsTitlesOfOrganizationsAndStripsThe() {
        assertThat(KEYS.display("the General Directorate of Ports", ActorType.ORGANIZATION)).isEqualTo("General Directorate of Ports");
        assertThat(KEYS.display("General", ActorType.PERSON)).isEqualTo("General");
    }

    @Test
    void surnameKey_isTheLastTokenWithoutArticle() {
        assertThat(KEYS.surnameKey("Omar al-Nadhimi")).isEqualTo(KEYS.key("Nazemi"));
    }

    @Test
    void isAcronymOf_readsInitialsAndSkipsSmallWords() {
        assertThat(KEYS.isAcronymOf("VBF", "Victory Brigades Front")).isTrue();
        assertThat(KEYS.isAcronymOf("SaN", "Saraya al-Nasr")).isTrue();
        assertThat(KEYS.isAcronymOf("SN", "Saraya al-Nasr")).isTrue();
        assertThat(KEYS.isAcronymOf("NCR", "National Council for Reform")).isTrue();
        assertThat(KEYS.isAcronymOf("vbf", "Victory Brigades Front")).isTrue();
        assertThat(KEYS.isAcronymOf("VB", "Victory Brigades Front")).isFalse();
        assertThat(KEYS.isAcronymOf("VBX", "Victory Brigades Front")).isFalse();
        assertThat(KEYS.isAcronymOf("VF", "Victory")).isFalse();
    }

    @Test
    void display_aStatesFormalNameIsItsShortName_butNotWhereItTellsStatesApartOrNamesAParty() {
        NameKeys keys = NameKeys.load();
        assertThat(keys.display("the Islamic Republic of Iran", ActorType.COUNTRY)).isEqualTo("Iran");
        assertThat(keys.display("Kingdom of Saudi Arabia", ActorType.COUNTRY)).isEqualTo("Saudi Arabia");
        assertThat(keys.display("State of Qatar", ActorType.LOCATION)).isEqualTo("Qatar");
        assertThat(keys.display("Democratic Republic of the Congo", ActorType.COUNTRY))
                .isEqualTo("Democratic Republic of the Congo");
        assertThat(keys.display("State of Law", ActorType.ORGANIZATION)).isEqualTo("State of Law");
        assertThat(keys.display("the French Republic", ActorType.COUNTRY)).isEqualTo("France");
        assertThat(keys.display("Syrian Arab Republic", ActorType.COUNTRY)).isEqualTo("Syria");
        assertThat(keys.display("Central African Republic", ActorType.COUNTRY)).isEqualTo("Central African Republic");
        assertThat(keys.display("Republican Guard", ActorType.ORGANIZATION)).isEqualTo("Republican Guard");
    }
}
