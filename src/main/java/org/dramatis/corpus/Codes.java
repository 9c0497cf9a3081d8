package org.dramatis.corpus;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Lower-case codes of the closed sets an annotation file uses, parsed exactly (no case folding, no trimming). */
final class Codes {
    private Codes() {
    }

    /** The constant whose code is {@code value}, or empty. */
    static <E extends Enum<E>> Optional<E> parse(Class<E> type, String value) {
        for (E e : type.getEnumConstants()) {
            if (code(e).equals(value)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    static String code(Enum<?> e) {
        return e instanceof EntityType t ? t.label() : e.name().toLowerCase(Locale.ROOT);
    }

    /** "wire|analysis|opinion", for error messages. */
    static <E extends Enum<E>> String list(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Codes::code).collect(Collectors.joining("|"));
    }
}
