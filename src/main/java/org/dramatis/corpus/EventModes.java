package org.dramatis.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dramatis.model.DramatisException;
import org.dramatis.model.EventType;

/** The modes each event type accepts, read from {@code dramatis/corpus/modes.tsv} (data, not code). */
final class EventModes {
    private static final String RESOURCE = "/dramatis/corpus/modes.tsv";
    private final Map<EventType, Set<String>> modes;

    private EventModes(Map<EventType, Set<String>> modes) {
        this.modes = modes;
    }

    static EventModes load() {
        InputStream in = EventModes.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new DramatisException(RESOURCE + ": missing from the class path");
        }
        Map<EventType, Set<String>> modes = new EnumMap<>(EventType.class);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            int lineNo = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length != 2) {
                    throw new DramatisException(RESOURCE + ":" + lineNo + ": expected TYPE<TAB>mode|mode");
                }
                EventType type = Codes.parse(EventType.class, cols[0].toLowerCase(java.util.Locale.ROOT))
                        .orElseThrow(() -> new DramatisException(RESOURCE + ": unknown event type " + cols[0]));
                modes.put(type, Set.copyOf(List.of(cols[1].split("\\|"))));
            }
        } catch (IOException e) {
            throw new DramatisException(RESOURCE + ": " + e.getMessage(), e);
        }
        return new EventModes(modes);
    }

    Set<String> of(EventType type) {
        return modes.getOrDefault(type, Set.of());
    }
}
