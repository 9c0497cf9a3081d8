package org.dramatis.resolve;

/**
 * An analyst's ruling, replayed on every resolution in id order.
 *
 * <ul>
 *   <li>{@code SAME}: the actors named {@code left} and {@code right} are one entity.</li>
 *   <li>{@code NOT_SAME}: no entity may hold both names; beats every automatic rule.</li>
 *   <li>{@code UNSURE}: withdraws an earlier SAME or NOT_SAME on the pair.</li>
 *   <li>{@code RENAME}: the entity holding {@code left} is displayed as {@code value}.</li>
 *   <li>{@code RETYPE}: the entity holding {@code left} has the type named by {@code value} ("Organization").</li>
 * </ul>
 * For a pair, the decision with the highest id wins: a later SAME overrides an earlier NOT_SAME and the reverse.
 * Names are matched by {@link NameKeys#key key}, so "al-Nadhimi" also covers "Nazimi".
 */
public record Decision(long id, Kind kind, String left, String right, String value) {
    /** What the analyst decided. */
    public enum Kind { SAME, NOT_SAME, UNSURE, RENAME, RETYPE }

    public Decision {
        if (kind == null) {
            throw new IllegalArgumentException("decision " + id + " has no kind");
        }
        if (left == null || left.isBlank()) {
            throw new IllegalArgumentException("decision " + id + " (" + kind + ") has no left name");
        }
        boolean pair = kind == Kind.SAME || kind == Kind.NOT_SAME || kind == Kind.UNSURE;
        if (pair && (right == null || right.isBlank())) {
            throw new IllegalArgumentException("decision " + id + " (" + kind + ") on '" + left + "' has no right name");
        }
        if (!pair && (value == null || value.isBlank())) {
            throw new IllegalArgumentException("decision " + id + " (" + kind + ") on '" + left + "' has no value");
        }
    }
}
