package org.dramatis.dev.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dramatis.extract.ActorMention;
import org.dramatis.extract.EventClaim;
import org.dramatis.extract.FactClaim;
import org.dramatis.nlp.Sentence;
import org.dramatis.nlp.Token;

/**
 * Assembles one synthetic document sentence by sentence, keeping the character offsets of every actor mention, so the
 * records handed to the store look like the pipeline's output without running any NLP.
 */
final class DocumentBuilder {
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:[-'][\\p{L}\\p{N}]+)*|[^\\s\\p{L}\\p{N}]");

    private final StringBuilder text = new StringBuilder();
    private final List<Sentence> sentences = new ArrayList<>();
    private final List<ActorMention> mentions = new ArrayList<>();
    private final List<Actor> mentionActors = new ArrayList<>();
    private final List<FactClaim> facts = new ArrayList<>();
    private final List<EventClaim> events = new ArrayList<>();
    private int sentenceStart = -1;

    /** Appends plain words to the current sentence. */
    DocumentBuilder text(String words) {
        if (sentenceStart < 0) {
            sentenceStart = text.length();
        }
        text.append(words);
        return this;
    }

    /** Appends a mention of {@code actor} spelled {@code surface}; returns its mention index. */
    int mention(Actor actor, String surface) {
        text("");
        int begin = text.length();
        text.append(surface);
        int index = mentions.size();
        mentions.add(new ActorMention(index, surface, actor.type(), sentences.size(), begin, text.length(), "ner"));
        mentionActors.add(actor);
        return index;
    }

    /** The index the sentence being written will have. */
    int sentenceIndex() {
        return sentences.size();
    }

    void fact(FactClaim claim) {
        facts.add(claim);
    }

    void event(EventClaim claim) {
        events.add(claim);
    }

    /** Closes the current sentence (its text must already end in a full stop) and tokenizes it. */
    void endSentence() {
        int begin = sentenceStart;
        String s = text.substring(begin);
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(s);
        while (m.find()) {
            tokens.add(new Token(tokens.size(), m.group(), m.group(), "NN", "O", null, begin + m.start(), begin + m.end()));
        }
        sentences.add(new Sentence(sentences.size(), begin, text.length(), s, tokens, List.of(), List.of()));
        text.append(' ');
        sentenceStart = -1;
    }

    void paragraph() {
        if (text.length() > 0 && text.charAt(text.length() - 1) == ' ') {
            text.setLength(text.length() - 1);
        }
        text.append("\n\n");
    }

    String text() {
        return text.toString().strip();
    }

    List<Sentence> sentences() {
        return sentences;
    }

    List<ActorMention> mentions() {
        return mentions;
    }

    List<FactClaim> facts() {
        return facts;
    }

    List<EventClaim> events() {
        return events;
    }

    /** Mention indexes grouped by actor, actors in order of first mention. */
    Map<Actor, List<Integer>> mentionsByActor() {
        Map<Actor, List<Integer>> out = new LinkedHashMap<>();
        for (int i = 0; i < mentionActors.size(); i++) {
            out.computeIfAbsent(mentionActors.get(i), a -> new ArrayList<>()).add(i);
        }
        return out;
    }
}
