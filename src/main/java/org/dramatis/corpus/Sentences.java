package org.dramatis.corpus;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A light sentence splitter for the checker: ICU's English sentence rules, with no break after an abbreviation
 * listed in {@code dramatis/corpus/abbreviations.txt} ("Gen.", "Lt.", "Jan.") or after initials ("U.S.", "A."), and
 * every line break ends a sentence, so a headline, a list item or a fact-box line is a sentence of its own. Not
 * CoreNLP: checking a corpus takes a second.
 */
public final class Sentences {
    private static final ULocale ENGLISH_WITH_ABBREVIATIONS = new ULocale("en@ss=standard");
    private static final Pattern LAST_WORD = Pattern.compile("([\\p{L}.]+)\\.\\s*$");
    private static final Pattern INITIALS = Pattern.compile("(\\p{Lu}\\.)*\\p{Lu}");
    private static final Set<String> ABBREVIATIONS = abbreviations();

    private Sentences() {
    }

    /** The sentences of {@code text}, trimmed of surrounding white space, blank ones left out. */
    public static List<Span> split(String text) {
        List<Span> out = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.length() : nl;
            splitLine(text, lineStart, lineEnd, out);
            if (nl < 0) {
                break;
            }
            lineStart = nl + 1;
        }
        return out;
    }

    private static void splitLine(String text, int from, int to, List<Span> out) {
        BreakIterator it = BreakIterator.getSentenceInstance(ENGLISH_WITH_ABBREVIATIONS);
        String line = text.substring(from, to);
        it.setText(line);
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; end = it.next()) {
            if (end < line.length() && afterAbbreviation(line.substring(start, end))) {
                continue;
            }
            int s = start;
            int e = end;
            while (s < e && Character.isWhitespace(line.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(line.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                out.add(new Span(from + s, from + e));
            }
            start = end;
        }
    }

    /** Whether {@code piece} ends with "Gen. ", "e.g. " or initials ("U.S. "), so the break after it is none. */
    private static boolean afterAbbreviation(String piece) {
        Matcher m = LAST_WORD.matcher(piece);
        if (!m.find()) {
            return false;
        }
        String word = m.group(1);
        return ABBREVIATIONS.contains(word) || INITIALS.matcher(word).matches();
    }

    private static Set<String> abbreviations() {
        String resource = "/dramatis/corpus/abbreviations.txt";
        InputStream in = Sentences.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(resource + " is missing from the class path");
        }
        Set<String> out = new HashSet<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
        return Set.copyOf(out);
    }

    /** Index of the sentence holding all of {@code span}, or -1 when it crosses a sentence boundary. */
    public static int holding(List<Span> sentences, Span span) {
        for (int i = 0; i < sentences.size(); i++) {
            if (sentences.get(i).contains(span)) {
                return i;
            }
        }
        return -1;
    }
}
