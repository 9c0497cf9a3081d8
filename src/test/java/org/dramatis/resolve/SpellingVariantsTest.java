package org.dramatis.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dramatis.resolve.EntityResolverTest.add;
import static org.dramatis.resolve.EntityResolverTest.resolver;
import static org.dramatis.resolve.EntityResolverTest.together;
import static org.dramatis.resolve.TestDocs.doc;

import org.junit.jupiter.api.Test;

/**
 * Spellings of one person's name that the consonant skeleton alone keeps apart, and their look-alikes that must stay
 * apart: a Maghrebi or Sudanese g for q in a given or middle name, a French "ou" for a w, a hyphenated surname written as one word.
 */
class SpellingVariantsTest {
    /** Whether a person named {@code first} in one article and {@code second} in the next become one entity. */
    private static boolean inTwoArticles(String first, String second) {
        EntityResolver r = resolver();
        add(r, doc(1, first + " spoke.", first + "/PERSON"));
        add(r, doc(2, second + " answered.", second + "/PERSON"));
        return together(r, first, second);
    }

    @Test
    void middleNameWithGForQ_joins() {
        EntityResolver r = resolver();
        add(r, doc(1, "General Youcef Gaiter Lamani spoke.", "Youcef Gaiter Lamani/PERSON"));
        add(r, doc(2, "General Youcef Qaiter Lamani answered.", "Youcef Qaiter Lamani/PERSON"));
        assertThat(together(r, "Youcef Gaiter Lamani", "Youcef Qaiter Lamani")).isTrue();
    }

    @Test
    void middleNameWithGForK_staysApart() {
        // Gamal is an Egyptian Jamal, not Kamal: a g meets only a q.
        assertThat(inTwoArticles("Youcef Gamal Lamani", "Youcef Kamal Lamani")).isFalse();
        assertThat(inTwoArticles("Gamal Tirhani", "Kamal Tirhani")).isFalse();
    }

    @Test
    void givenNameWithGForQ_joinsEitherWayRoundButNeedsTheRestAlike() {
        assertThat(inTwoArticles("Gaiter Youcef Lamani", "Qaiter Youcef Lamani")).isTrue();
        assertThat(inTwoArticles("Qasdar Tirhani", "Gasdar Tirhani")).isTrue();
        assertThat(inTwoArticles("Qasdar Tirhani", "Gasdar Tamimi")).isFalse();
    }

    @Test
    void surnameWithOuForW_joinsTheSameGivenName() {
        assertThat(inTwoArticles("Samir Baroui", "Samir Al-Barawi")).isTrue();
    }

    @Test
    void surnameWithOuForW_joinsAlsoWhereTheMatchModelDoubtsTheVowels() {
        // The model reads "e"/"a" and "ou"/"aw" as different letters; the glide rule knows they are one name.
        EntityResolver r = resolver();
        add(r, doc(1, "Nasrin Belhaoui spoke. Belhaoui left.", "Nasrin Belhaoui/PERSON", "Belhaoui/PERSON"));
        add(r, doc(2, "Nasrin Balhawi answered.", "Nasrin Balhawi/PERSON"));
        assertThat(together(r, "Nasrin Belhaoui", "Nasrin Balhawi")).isTrue();
    }

    @Test
    void surnameWithOuForW_needsTheSameGivenNameAndAGlide() {
        assertThat(inTwoArticles("Samir Baroui", "Karim Al-Barawi")).isFalse();
        // A u before a consonant is a vowel: "Baroud" is no "Barwad".
        assertThat(inTwoArticles("Samir Baroud", "Samir Barwad")).isFalse();
    }

    @Test
    void hyphenatedSurnameWrittenAsOneWord_joinsItsOnlyOwner() {
        EntityResolver r = resolver();
        add(r, doc(1, "Minister Reza Amir-Tabrizian spoke.", "Reza Amir-Tabrizian/PERSON"));
        add(r, doc(2, "Amirtabrizian answered.", "Amirtabrizian/PERSON"));
        assertThat(together(r, "Reza Amir-Tabrizian", "Amirtabrizian")).isTrue();
        EntityResolver article = resolver();
        add(article, doc(1, "Alkazzemi answered.", "Alkazzemi/PERSON"));
        add(article, doc(2, "Minister Hadi al-Kazzemi spoke.", "Hadi al-Kazzemi/PERSON"));
        assertThat(together(article, "Hadi al-Kazzemi", "Alkazzemi")).isTrue();
    }

    @Test
    void hyphenatedGivenNameWrittenAsOneWord_isNoSurname() {
        // Only the last two words fuse: "Alireza" is a given name, not the surname of "Ali-Reza Tabrizi".
        assertThat(inTwoArticles("Ali-Reza Tabrizi", "Alireza")).isFalse();
    }
}
