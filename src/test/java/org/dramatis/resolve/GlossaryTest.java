package org.dramatis.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dramatis.lexicon.Kind;
import org.dramatis.lexicon.LexiconFiles;
import org.dramatis.model.DramatisException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GlossaryTest {
    private static final NameKeys KEYS = TestDocs.KEYS;
    private static final Glossary GLOSSARY = TestDocs.GLOSSARY;

    private static boolean translates(String a, String b) {
        return GLOSSARY.translationKeys(a).stream().anyMatch(GLOSSARY.translationKeys(b)::contains);
    }

    @Test
    void translationKeys_matchArabicConstructAndEnglishWordOrder() {
        assertThat(translates("Kataib al-Nasr", "Victory Brigades")).isTrue();
        assertThat(translates("Jaysh al-Nasr", "Army of Victory")).isTrue();
        assertThat(GLOSSARY.explain("Kataib al-Nasr")).contains("kataib=brigades", "nasr=victory");
    }

    @Test
    void translationKeys_matchPopularCrowdConcept() {
        assertThat(translates("Hashd al-Shaabi", "popular crowd")).isTrue();
        assertThat(translates("Hashd Shaabi", "Popular Mobilisation")).isTrue();
        assertThat(translates("Popular Mobilization Forces", "Hashd al-Shaabi")).isTrue();
        assertThat(translates("Popular Mobilization Units", "Popular Mobilization Forces")).isTrue();
    }

    @Test
    void translationKeys_matchTheNounAndTheAdjectiveATranslationMayGiveOneWord() {
        // One Arabic or Persian word rendered as a noun by one outlet and as an adjective by another.
        assertThat(translates("Sovereign Council", "Sovereignty Council")).isTrue();
        assertThat(translates("Council of the Presidency", "Presidential Council")).isTrue();
        assertThat(translates("Custodian Council", "Custodianship Council")).isTrue();
        assertThat(translates("Majlis al-Siyada", "Sovereign Council")).isTrue();
        assertThat(translates("Sovereign Council", "Presidential Council")).isFalse();
    }

    @Test
    void translationKeys_coverCommonNamingVocabulary() {
        // Three-word names whose every word is translated, in the English order rather than the Arabic one.
        assertThat(translates("Quwwat al-Tahrir al-Wataniyya", "National Liberation Forces")).isTrue();
        assertThat(translates("Harakat Ansar al-Ahd", "Movement of the Supporters of the Covenant")).isTrue();
        assertThat(translates("Kutlat al-Sumud", "Steadfastness Bloc")).isTrue();
        // one word off is a different group
        assertThat(translates("Quwwat al-Tahrir al-Wataniyya", "National Protection Forces")).isFalse();
    }

    @Test
    void translationKeys_keepUnknownWordsAsThemselves() {
        assertThat(translates("Kataib Zulfiqar", "Zulfiqar Brigades")).isTrue();
        assertThat(translates("Kataib Zulfiqar", "Rafidain Brigades")).isFalse();
        // two different Arabic heads stay apart even though both can be read as "brigades"
        assertThat(translates("Kataib Zulfiqar", "Saraya Zulfiqar")).isFalse();
        assertThat(translates("Saraya Zulfiqar", "Zulfiqar Brigades")).isTrue();
        assertThat(translates("Hizb al-Watani", "Victory Brigades")).isFalse();
    }

    @Test
    void translationKeys_ignoreASingleTranslatedWord() {
        assertThat(GLOSSARY.translationKeys("Party")).isEmpty();
        assertThat(GLOSSARY.translationKeys("Zulfiqar Rafidain")).isEmpty();
    }

    @Test
    void load_addsUserFiles(@TempDir Path dir) throws Exception {
        Path extra = dir.resolve("mine.tsv");
        Files.writeString(extra, "# mine\nnahrawan\triver town\n");
        Glossary g = Glossary.load(KEYS, List.of(extra));
        assertThat(g.translationKeys("Kataib Nahrawan")).anyMatch(g.translationKeys("River Town Brigades")::contains);
    }

    @Test
    void load_reportsAndSkipsBadUserRowsNamingFileAndLine(@TempDir Path dir) throws Exception {
        Path extra = dir.resolve("bad.tsv");
        Files.writeString(extra, "nahrawan\triver town\nno tab here\n");
        LexiconFiles files = LexiconFiles.bundled().plus(Kind.GLOSSARY, List.of(extra));
        Glossary g = Glossary.load(NameKeys.load(files));
        assertThat(files.problems()).singleElement().asString().contains("bad.tsv line 2").contains("found 1");
        assertThat(g.translationKeys("Kataib Nahrawan")).anyMatch(g.translationKeys("River Town Brigades")::contains);
        assertThatThrownBy(files::requireNoProblems).isInstanceOf(DramatisException.class).hasMessageContaining("bad.tsv line 2");
    }

    @Test
    void translationKeys_matchGatheringAndLoyaltyVocabulary() {
        assertThat(GLOSSARY.translationKeys("Tajammu al-Difa al-Watani"))
                .containsAnyElementsOf(GLOSSARY.translationKeys("National Defence Mobilisation"));
        assertThat(GLOSSARY.translationKeys("Tahaluf al-Wafa")).containsAnyElementsOf(GLOSSARY.translationKeys("Coalition of Loyalty"));
    }

    @Test
    void headWords_markOrganizationNames() {
        assertThat(GLOSSARY.hasOrganizationHead("Liwa al-Fajr")).isTrue();
        assertThat(GLOSSARY.hasOrganizationHead("Omar al-Fajr")).isFalse();
        assertThat(GLOSSARY.isHeadWord("Kataib")).isTrue();
        assertThat(GLOSSARY.isHeadWord("Omar")).isFalse();
    }

    @Test
    void anEnglishMeaning_matchesOnlyAsSpelt_notOnItsConsonantKey() {
        // "Lagos" and "leagues" share the consonant key lgs; the English meaning must be written, a transliterated
        // term may vary in its vowels
        assertThat(GLOSSARY.isHeadWord("Leagues")).isTrue();
        assertThat(GLOSSARY.isHeadWord("Lagos")).isFalse();
        assertThat(GLOSSARY.hasOrganizationHead("Lagos State")).isFalse();
        assertThat(GLOSSARY.isHeadWord("Katayeb")).isTrue();
        assertThat(GLOSSARY.translationKeys("Asaib al-Fajr")).containsAnyElementsOf(GLOSSARY.translationKeys("Leagues of al-Fajr"));
    }
}
