package org.dramatis.resolve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dramatis.model.DramatisException;

/** Reads the line-oriented data files of this package (and the extraction lexicon): bundled resources and user files, '#' starts a comment. */
final class DataFiles {
    /** One meaningful line with where it came from, for error messages. */
    record Line(String source, int number, String text) {
    }

    private DataFiles() {
    }

    static List<Line> resource(String name) {
        return classpath("/dramatis/resolve/" + name);
    }

    /** A file of the extraction lexicon ({@code dramatis/lexicon/}), where both stages must read the same words. */
    static List<Line> lexicon(String name) {
        return classpath("/dramatis/lexicon/" + name);
    }

    private static List<Line> classpath(String path) {
        try (InputStream in = DataFiles.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new DramatisException("bundled data file " + path + " is missing from the classpath");
            }
            return read(path, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new DramatisException("cannot read bundled data file " + path, e);
        }
    }

    static List<Line> file(Path file) {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(file.toString(), reader);
        } catch (IOException e) {
            throw new DramatisException("cannot read data file " + file + ": " + e.getMessage(), e);
        }
    }

    private static List<Line> read(String source, BufferedReader reader) throws IOException {
        List<Line> lines = new ArrayList<>();
        String text;
        int number = 0;
        while ((text = reader.readLine()) != null) {
            number++;
            if (number == 1 && text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            String trimmed = text.strip();
            if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                lines.add(new Line(source, number, text));
            }
        }
        return lines;
    }
}
