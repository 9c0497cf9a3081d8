package org.dramatis.export;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Maps an English country name to the lower-case ISO 3166 code FollowTheMoney's {@code country} type wants, using the
 * JDK's own locale data so no country list lives in Dramatis.
 */
final class CountryCodes {
    private static final Map<String, String> BY_NAME = build();

    private CountryCodes() {
    }

    static Optional<String> code(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String key = name.strip().toLowerCase(Locale.ROOT);
        if (key.startsWith("the ")) {
            key = key.substring(4);
        }
        return Optional.ofNullable(BY_NAME.get(key));
    }

    private static Map<String, String> build() {
        Map<String, String> out = new HashMap<>();
        for (String iso : Locale.getISOCountries()) {
            String display = new Locale("", iso).getDisplayCountry(Locale.ENGLISH);
            if (!display.isBlank()) {
                out.put(display.toLowerCase(Locale.ROOT), iso.toLowerCase(Locale.ROOT));
            }
        }
        return Map.copyOf(out);
    }
}
