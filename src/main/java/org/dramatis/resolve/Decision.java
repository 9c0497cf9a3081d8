package org.dramatis.resolve;

import java.util.List;

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
 *
 * <p>A decision with {@link Anchors} is about actors, not names: {@code left} and {@code right} are then the actors'
 * names for the history, and the actors are found again as the entities holding most of the mentions they held when
 * the analyst chose them. Two actors sharing a spelling are so told apart. A SAME about a chosen actor with no right
 * actor ({@link #joinsSpelling}) makes the spelling {@code right} join that actor wherever it occurs. A NOT_SAME with
 * anchors is one pair of a split of the chosen actor: its names are ruled apart as by a NOT_SAME on names, and the
 * anchors (left: the mentions that stay, right: those moved out) say which actor was split.
 */
public record Decision(long id, Kind kind, String left, String right, String value, Anchors anchors) {
    /** What the analyst decided. */
    public enum Kind { SAME, NOT_SAME, UNSURE, RENAME, RETYPE }

    /** One stored mention: a document and the mention's index in it. */
    public record MentionRef(long documentId, int index) {
    }

    /**
     * The actors a decision is about: their stored ids when it was made, and the mentions each held then. The right
     * side is absent (null id, no mentions) for a decision about one actor.
     */
    public record Anchors(long leftActor, List<MentionRef> leftMentions, Long rightActor, List<MentionRef> rightMentions) {
        public Anchors {
            leftMentions = List.copyOf(leftMentions);
            rightMentions = List.copyOf(rightMentions);
        }
    }

    public Decision(long id, Kind kind, String left, String right, String value) {
        this(id, kind, left, right, value, null);
    }

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
        boolean spelling = kind == Kind.SAME && anchors != null && anchors.rightMentions().isEmpty();
        if (anchors != null && pair && anchors.rightActor() == null && !spelling) {
            throw new IllegalArgumentException("decision " + id + " (" + kind + ") on actor " + anchors.leftActor()
                    + " names no right actor");
        }
    }

    /** Whether this decision makes the spelling {@code right} join the chosen actor, wherever it occurs. */
    public boolean joinsSpelling() {
        return anchors != null && kind == Kind.SAME && anchors.rightActor() == null;
    }

    /** Whether this decision is about the actors the analyst chose rather than about names. */
    public boolean onActors() {
        return anchors != null;
    }
}
