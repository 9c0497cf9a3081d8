package org.dramatis.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.dramatis.nlp.Dependency;
import org.dramatis.nlp.Sentence;
import org.dramatis.nlp.Token;
import org.junit.jupiter.api.Test;

/** The relation model's cue and shape features, each on an invented sentence parsed by hand. */
class RelationFeaturesTest {
    /** A parse of "word/lemma/POS/head/relation" tokens (head -1 for the root). */
    private static Parse parse(String... tokens) {
        List<Token> t = new ArrayList<>();
        List<Dependency> d = new ArrayList<>();
        int at = 0;
        for (String spec : tokens) {
            String[] f = spec.split("/");
            t.add(new Token(t.size(), f[0], f[1], f[2], "O", null, at, at + f[0].length()));
            d.add(new Dependency(f[4], Integer.parseInt(f[3]), t.size() - 1));
            at += f[0].length() + 1;
        }
        return new Parse(new Sentence(0, 0, at, "", t, List.of(), d));
    }

    private static List<String> features(Parse p, int a, int b) {
        return RelationFeatures.pair(p, a, b, a + 1, b, "org", "org");
    }

    @Test
    void aVerbOfTheLexiconOnThePathIsACueAndTheLemmaPathNamesIt() {
        // "Guard criticised Front"
        Parse p = parse("Guard/guard/NNP/1/nsubj", "criticised/criticise/VBD/-1/root", "Front/front/NNP/1/obj");
        assertThat(features(p, 0, 2)).contains("cue-path=opposes", "cue-bw=opposes", "cue-path=opposes/org-org",
                "lpath=nsubj|criticise:root|obj");
        assertThat(features(p, 0, 2)).noneMatch(f -> f.startsWith("neg-") || f.startsWith("modal-"));
    }

    @Test
    void negationAndModalVerbsOnThePathAreMarked() {
        // "Guard may not back Front"
        Parse p = parse("Guard/guard/NNP/3/nsubj", "may/may/MD/3/aux", "not/not/RB/3/advmod", "back/back/VB/-1/root",
                "Front/front/NNP/3/obj");
        assertThat(features(p, 0, 4)).contains("neg-path", "neg-bw", "modal-path=may", "modal-bw=may", "cue-path=supports");
    }

    @Test
    void aPossessiveNounNamesTheRelation() {
        // "Front 's ally Guard": Front is the possessor of "ally", which modifies Guard
        Parse p = parse("Front/front/NNP/2/nmod:poss", "'s/'s/POS/0/case", "ally/ally/NN/3/compound",
                "Guard/guard/NNP/-1/root");
        assertThat(features(p, 0, 3)).contains("poss-a=ally", "poss-a-cue=associate");
        assertThat(features(p, 0, 3)).noneMatch(f -> f.startsWith("poss-b"));
    }

    @Test
    void anAppositionNamesTheRelation() {
        // "Guard , a critic of Front , spoke": "critic" is Guard's apposition and Front hangs on it
        Parse p = parse("Guard/guard/NNP/8/nsubj", ",/,/,/0/punct", "a/a/DT/3/det", "critic/critic/NN/0/appos",
                "of/of/IN/5/case", "Front/front/NNP/3/nmod", ",/,/,/0/punct", "then/then/RB/8/advmod",
                "spoke/speak/VBD/-1/root");
        assertThat(features(p, 0, 5)).contains("appos-b=critic", "appos-b-cue=opposes", "cue-path=opposes");
    }

    @Test
    void aHyphenatedBackingWordHoldingAMentionIsMarked() {
        // "Guard-backed Front": the mention Guard lies inside the token "Guard-backed"
        Parse p = parse("Guard-backed/guard-backed/JJ/1/amod", "Front/front/NNP/-1/root");
        assertThat(features(p, 0, 1)).contains("hyphen-a=backed", "hyphen-a-backing");
        assertThat(features(p, 0, 1)).noneMatch(f -> f.startsWith("hyphen-b"));
        Parse led = parse("Guard-led/guard-led/JJ/1/amod", "Front/front/NNP/-1/root");
        assertThat(features(led, 0, 1)).contains("hyphen-a=led").doesNotContain("hyphen-a-backing");
    }

    @Test
    void pathNodesRunUpToTheCommonAncestorAndDown() {
        Parse p = parse("Guard/guard/NNP/8/nsubj", ",/,/,/0/punct", "a/a/DT/3/det", "critic/critic/NN/0/appos",
                "of/of/IN/5/case", "Front/front/NNP/3/nmod", ",/,/,/0/punct", "then/then/RB/8/advmod",
                "spoke/speak/VBD/-1/root");
        assertThat(p.pathNodes(0, 5, 4)).containsExactly(3);
        assertThat(p.pathNodes(5, 0, 4)).containsExactly(3);
        assertThat(p.pathNodes(5, 7, 4)).containsExactly(3, 0, 8);
        assertThat(p.pathNodes(5, 7, 1)).isEmpty();
    }
}
