package org.dramatis.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.dramatis.model.ActorType;
import org.dramatis.nlp.AnnotatedDocument;
import org.dramatis.nlp.EntityMention;
import org.dramatis.nlp.Sentence;
import org.dramatis.nlp.Token;
import org.junit.jupiter.api.Test;

class MentionFinderTest {
    private static final MentionFinder FINDER = new MentionFinder(Lexicons.load());

    /**
     * One document from tagged sentences: each sentence is "word/POS/NER" tokens separated by spaces; consecutive
     * tokens with the same NER tag (other than O) form one entity mention, as CoreNLP reports them.
     */
    private static AnnotatedDocument doc(String... taggedSentences) {
        StringBuilder text = new StringBuilder();
        List<Sentence> sentences = new ArrayList<>();
        for (String tagged : taggedSentences) {
            int sentenceBegin = text.length();
            List<Token> tokens = new ArrayList<>();
            for (String triple : tagged.split(" ")) {
                String[] p = triple.split("/");
                if (!tokens.isEmpty()) {
                    text.append(' ');
                }
                int b = text.length();
                text.append(p[0]);
                tokens.add(new Token(tokens.size(), p[0], p[0].toLowerCase(), p[1], p[2], null, b, text.length()));
            }
            List<EntityMention> mentions = new ArrayList<>();
            for (int i = 0; i < tokens.size(); i++) {
                String tag = tokens.get(i).ner();
                if (tag.equals("O")) {
                    continue;
                }
                int e = i + 1;
                while (e < tokens.size() && tokens.get(e).ner().equals(tag)) {
                    e++;
                }
                int b = tokens.get(i).begin();
                int end = tokens.get(e - 1).end();
                mentions.add(new EntityMention(text.substring(b, end), tag, b, end, i, e, null));
                i = e - 1;
            }
            sentences.add(new Sentence(sentences.size(), sentenceBegin, text.length(), text.substring(sentenceBegin), tokens,
                    mentions, List.of()));
            text.append(' ');
        }
        return new AnnotatedDocument(text.toString(), sentences);
    }

    private static List<String> found(AnnotatedDocument doc) {
        return FINDER.find(doc).stream().map(d -> d.text + "/" + d.type).toList();
    }

    @Test
    void find_readsAToponymPrefixAndTheNameAfterItAsOnePlace() {
        // NER takes "Tell" for the verb and the name for a person.
        AnnotatedDocument doc = doc("Fighters/NNS/O left/VBD/O their/PRP$/O base/NN/O in/IN/O Tell/VB/O Qarmun/NNP/PERSON on/IN/O Monday/NNP/DATE ././O",
                "They/PRP/O crossed/VBD/O Wadi/NNP/O Sarab/NNP/O near/IN/O Ras/NNP/O al-Ghazal/NNP/O ././O");
        assertThat(found(doc)).contains("Tell Qarmun/LOCATION", "Wadi Sarab/LOCATION", "Ras al-Ghazal/LOCATION")
                .doesNotContain("Qarmun/PERSON");
    }

    @Test
    void find_readsAnUntaggedFactionNameAfterItsOpenerAsAnOrganization() {
        AnnotatedDocument doc = doc("Factions/NNS/O such/JJ/O as/IN/O Liwa/NNP/O al-Qamar/NNP/O al-Sati/NNP/O and/CC/O "
                        + "Fawj/NNP/O al-Muntazirin/NNP/PERSON stayed/VBD/O out/RP/O ././O",
                "The/DT/O liwa/NN/O of/IN/O the/DT/O province/NN/O moved/VBD/O ././O");
        assertThat(found(doc)).contains("Liwa al-Qamar al-Sati/ORGANIZATION", "Fawj al-Muntazirin/ORGANIZATION")
                .doesNotContain("al-Muntazirin/PERSON").noneMatch(f -> f.startsWith("liwa"));
    }

    @Test
    void find_readsAnAllCapsDatelineWithAToponymPrefixAsAPlace() {
        AnnotatedDocument doc = doc("TELL/VB/O QARMUN/NNP/O —/HYPH/O Police/NNS/O closed/VBD/O the/DT/O road/NN/O ././O");
        assertThat(found(doc)).contains("TELL QARMUN/LOCATION");
    }

    @Test
    void find_leavesAnOpeningImperativeBeforeAKnownPlaceAlone() {
        AnnotatedDocument doc = doc("Tell/VB/O Brenholt/NNP/CITY we/PRP/O stay/VBP/O ././O",
                "He/PRP/O told/VBD/O us/PRP/O to/TO/O tell/VB/O Marek/NNP/PERSON ././O");
        assertThat(found(doc)).contains("Brenholt/LOCATION").noneMatch(m -> m.startsWith("Tell ") || m.startsWith("tell "));
    }

    @Test
    void find_dropsANationalityAdjectiveBeforeAMinistryOfSomething() {
        AnnotatedDocument doc = doc(
                "Officials/NNS/O of/IN/O Velmaria/NNP/LOCATION spoke/VBD/O ././O",
                "The/DT/O Velmarian/NNP/ORGANIZATION Ministry/NNP/ORGANIZATION of/IN/ORGANIZATION Water/NNP/ORGANIZATION "
                        + "Resources/NNPS/ORGANIZATION agreed/VBD/O ././O",
                "The/DT/O Norwegian/NNP/ORGANIZATION Ministry/NNP/ORGANIZATION of/IN/ORGANIZATION Defence/NNP/ORGANIZATION "
                        + "objected/VBD/O ././O");
        List<String> found = found(doc);
        assertThat(found).contains("Ministry of Water Resources/ORGANIZATION", "Velmarian/COUNTRY",
                "Ministry of Defence/ORGANIZATION", "Norwegian/COUNTRY");
        assertThat(found).noneMatch(m -> m.startsWith("Velmarian Ministry") || m.startsWith("Norwegian Ministry"));
    }

    @Test
    void find_keepsANationalityAdjectiveThatIsPartOfTheName() {
        AnnotatedDocument doc = doc("The/DT/O Norwegian/NNP/ORGANIZATION Democratic/NNP/ORGANIZATION Forces/NNPS/ORGANIZATION "
                + "Alliance/NNP/ORGANIZATION met/VBD/O ././O");
        assertThat(found(doc)).contains("Norwegian Democratic Forces Alliance/ORGANIZATION");
    }
    @Test
    void find_keepsAPlaceNameNerCutInTwoWhole() {
        AnnotatedDocument doc = doc(
                "He/PRP/O was/VBD/O born/VBN/O in/IN/O the/DT/O Lower/NNP/LOCATION Juba/NNP/CITY region/NN/O ././O",
                "Ships/NNS/O crossed/VBD/O the/DT/O Gulf/NNP/LOCATION of/IN/LOCATION Aden/NNP/CITY near/IN/O the/DT/O "
                        + "Horn/NNP/LOCATION of/IN/O Africa/NNP/LOCATION ././O",
                "Trainers/NNS/O went/VBD/O to/TO/O the/DT/O Bekaa/NNP/LOCATION valley/NN/CITY ././O");
        assertThat(found(doc)).contains("Lower Juba/LOCATION", "Gulf of Aden/LOCATION", "Horn of Africa/LOCATION",
                "Bekaa valley/LOCATION").doesNotContain("Juba/LOCATION", "Aden/LOCATION", "Africa/LOCATION", "Bekaa/LOCATION");
    }

    @Test
    void find_keepsPlacesACommaOrAWordSeparatesApart() {
        AnnotatedDocument doc = doc(
                "Rockets/NNS/O hit/VBD/O Basra/NNP/CITY ,/,/O Iraq/NNP/COUNTRY ,/,/O and/CC/O Erbil/NNP/CITY ././O",
                "Envoys/NNS/O flew/VBD/O from/IN/O Doha/NNP/CITY to/TO/O Cairo/NNP/CITY ././O",
                "The/DT/O talks/NNS/O in/IN/O Villa/NNP/LOCATION Somalia/NNP/COUNTRY ended/VBD/O ././O",
                "The/DT/O Kingdom/NNP/LOCATION of/IN/O Saudi/NNP/COUNTRY Arabia/NNP/COUNTRY objected/VBD/O ././O");
        assertThat(found(doc)).contains("Basra/LOCATION", "Iraq/COUNTRY", "Erbil/LOCATION", "Doha/LOCATION", "Cairo/LOCATION",
                "Villa/LOCATION", "Somalia/COUNTRY", "Kingdom of Saudi Arabia/COUNTRY");
    }
}
