package org.dramatis.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes small corpora for the tests: AUTHORS.md and article pairs, one annotation record per line. */
final class CorpusFixture {
    static final String TEXT = "Army chief meets rebels in Kora\n"
            + "KORA, May 6 (Wire) - Gen. Bashir Omar met the Kora Front on Saturday. Omar is the army's commander.\n"
            + "Will the Front accept a truce? The Front denied attacking the army.\n";

    static final List<String> CLEAN = List.of(
            "{\"t\":\"doc\",\"author\":\"a01\",\"country\":\"testland\",\"style\":\"wire\",\"published\":\"2023-05-06\",\"outlet\":\"Wire\"}",
            "{\"t\":\"entity\",\"id\":\"omar\",\"type\":\"Person\",\"name\":\"Bashir Omar\"}",
            "{\"t\":\"entity\",\"id\":\"kora_front\",\"type\":\"ArmedGroup\",\"name\":\"Kora Front\"}",
            "{\"t\":\"entity\",\"id\":\"testland_army\",\"type\":\"Organization\",\"name\":\"Testland Army\"}",
            "{\"t\":\"entity\",\"id\":\"kora\",\"type\":\"Location\",\"name\":\"Kora\"}",
            "{\"t\":\"mention\",\"e\":\"testland_army\",\"q\":\"Army\"}",
            "{\"t\":\"mention\",\"e\":\"kora\",\"q\":\"Kora\",\"n\":1}",
            "{\"t\":\"mention\",\"e\":\"kora\",\"q\":\"KORA\"}",
            "{\"t\":\"mention\",\"e\":\"omar\",\"q\":\"Bashir Omar\"}",
            "{\"t\":\"mention\",\"e\":\"kora_front\",\"q\":\"Kora Front\"}",
            "{\"t\":\"mention\",\"e\":\"omar\",\"q\":\"Omar\",\"n\":2}",
            "{\"t\":\"mention\",\"e\":\"testland_army\",\"q\":\"army\",\"n\":1}",
            "{\"t\":\"mention\",\"e\":\"kora_front\",\"q\":\"Front\",\"n\":2}",
            "{\"t\":\"mention\",\"e\":\"kora_front\",\"q\":\"Front\",\"n\":3}",
            "{\"t\":\"mention\",\"e\":\"testland_army\",\"q\":\"army\",\"n\":2}",
            "{\"t\":\"fact\",\"rel\":\"role\",\"s\":\"omar\",\"o\":\"testland_army\",\"role\":\"commander\",\"mod\":\"asserted\",\"ev\":\"Omar is the army's commander\"}",
            "{\"t\":\"fact\",\"rel\":\"role\",\"s\":\"omar\",\"o\":\"testland_army\",\"role\":\"general\",\"qual\":null,\"mod\":\"asserted\",\"ev\":\"Gen. Bashir Omar\"}",
            "{\"t\":\"event\",\"id\":\"meet\",\"trig\":\"met\",\"type\":\"CONSULT\",\"mode\":\"meeting\",\"mod\":\"asserted\",\"src\":[\"omar\"],\"tgt\":[\"kora_front\"],\"place\":\"kora\",\"when\":{\"q\":\"on Saturday\",\"value\":\"2023-05-06\"},\"summary\":\"Omar met the Kora Front\"}",
            "{\"t\":\"event\",\"trig\":\"meets\",\"type\":\"CONSULT\",\"mode\":\"meeting\",\"mod\":\"asserted\",\"src\":[\"omar\"],\"tgt\":[\"kora_front\"],\"summary\":\"Omar met the Kora Front\",\"same\":\"meet\"}",
            "{\"t\":\"event\",\"trig\":\"truce\",\"type\":\"AGREE\",\"mode\":\"ceasefire\",\"mod\":\"question\",\"src\":[\"kora_front\"],\"summary\":\"Whether the Front accepts a truce\"}",
            "{\"t\":\"event\",\"trig\":\"attacking\",\"type\":\"ASSAULT\",\"mode\":\"attack\",\"mod\":\"denied\",\"src\":[\"kora_front\"],\"tgt\":[\"testland_army\"],\"summary\":\"The Front attacked the army, which it denied\"}",
            "{\"t\":\"event\",\"trig\":\"denied\",\"type\":\"REJECT\",\"mod\":\"asserted\",\"src\":[\"kora_front\"],\"summary\":\"The Front denied an attack\"}");

    private CorpusFixture() {
    }

    static Path authors(Path root, String... rows) {
        StringBuilder b = new StringBuilder("| author | split | countries | styles |\n|---|---|---|---|\n");
        for (String row : rows) {
            b.append(row).append('\n');
        }
        return write(root.resolve("AUTHORS.md"), b.toString());
    }

    /** Writes {@code root/split/country/docId.txt} and its annotation, returning the annotation file. */
    static Path article(Path root, String split, String country, String docId, String text, List<String> lines) {
        Path dir = root.resolve(split).resolve(country);
        write(dir.resolve(docId + ".txt"), text);
        return write(dir.resolve(docId + ".ann.jsonl"), String.join("\n", lines) + "\n");
    }

    /** The clean annotation with record {@code index} replaced (or dropped, when {@code replacement} is null). */
    static List<String> cleanWith(int index, String replacement) {
        List<String> lines = new java.util.ArrayList<>(CLEAN);
        if (replacement == null) {
            lines.remove(index);
        } else {
            lines.set(index, replacement);
        }
        return lines;
    }

    /** The clean annotation with its doc line changed to another author and country. */
    static List<String> cleanBy(String author, String country) {
        return cleanWith(0, CLEAN.get(0).replace("\"a01\"", "\"" + author + "\"").replace("\"testland\"", "\"" + country + "\""));
    }

    static Path write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            return Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
