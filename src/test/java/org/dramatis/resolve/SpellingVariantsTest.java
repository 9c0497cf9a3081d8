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
        EntityResolver r = resolver();
        add(r, doc(1, "Youcef Gamal Lamani spoke.", "Youcef Gamal Lamani/PERSON"));
        add(r, doc(2, "Youcef Kamal Lamani answered.", "Youcef Kamal Lamani/PERSON"));
        assertThat(together(r, "Youcef Gamal Lamani", "Youcef Kamal Lamani")).isFalse();
        EntityResolver given = resolver();
        add(given, doc(1, "Gamal Tirhani spoke.", "Gamal Tirhani/PERSON"));
        add(given, doc(2, "Kamal Tirhani answered.", "Kamal Tirhani/PERSON"));
        assertThat(together(given, "Gamal Tirhani", "Kamal Tirhani")).isFalse();
    }

    @Test
    void givenNameWithGForQ_joinsEitherWayRoundButNeedsTheRestAlike() {
        EntityResolver r = resolver();
        add(r, doc(1, "Gaiter Youcef Lamani spoke.", "Gaiter Youcef Lamani/PERSON"));
        add(r, doc(2, "Qaiter Youcef Lamani answered.", "Qaiter Youcef Lamani/PERSON"));
        assertThat(together(r, "Gaiter Youcef Lamani", "Qaiter Youcef Lamani")).isTrue();
        EntityResolver q = resolver();
        add(q, doc(1, "Qasdar Tirhani spoke.", "Qasdar Tirhani/PERSON"));
        add(q, doc(2, "Gasdar Tirhani answered.", "Gasdar Tirhani/PERSON"));
        assertThat(together(q, "Qasdar Tirhani", "Gasdar Tirhani")).isTrue();
        EntityResolver other = resolver();
        add(other, doc(1, "Qasdar Tirhani spoke.", "Qasdar Tirhani/PERSON"));
        add(other, doc(2, "Gasdar Tamimi answered.", "Gasdar Tamimi/PERSON"));
        assertThat(together(other, "Qasdar Tirhani", "Gasdar Tamimi")).isFalse();
    }

    @Test
    void surnameWithOuForW_joinsTheSameGivenName() {
        EntityResolver r = resolver();
        add(r, doc(1, "Samir Baroui spoke.", "Samir Baroui/PERSON"));
        add(r, doc(2, "Samir Al-Barawi answered.", "Samir Al-Barawi/PERSON"));
        assertThat(together(r, "Samir Baroui", "Samir Al-Barawi")).isTrue();
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
        EntityResolver r = resolver();
        add(r, doc(1, "Samir Baroui spoke.", "Samir Baroui/PERSON"));
        add(r, doc(2, "Karim Al-Barawi answered.", "Karim Al-Barawi/PERSON"));
        assertThat(together(r, "Samir Baroui", "Karim Al-Barawi")).isFalse();
        // A u before a consonant is a vowel: "Baroud" is no "Barwad".
        EntityResolver vowel = resolver();
        add(vowel, doc(1, "Samir Baroud spoke.", "Samir Baroud/PERSON"));
        add(vowel, doc(2, "Samir Barwad answered.", "Samir Barwad/PERSON"));
        assertThat(together(vowel, "Samir Baroud", "Samir Barwad")).isFalse();
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
        EntityResolver r = resolver();
        add(r, doc(1, "Ali-Reza Tabrizi spoke.", "Ali-Reza Tabrizi/PERSON"));
        add(r, doc(2, "Alireza answered.", "Alireza/PERSON"));
        assertThat(together(r, "Ali-Reza Tabrizi", "Alireza")).isFalse();
    }
}
