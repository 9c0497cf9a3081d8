package org.dramatis.resolve;

/** Placeholder replaced by the resolve branch. */
public record Decision(long id, Kind kind, String left, String right, String value) {
    public enum Kind { SAME, NOT_SAME, UNSURE, RENAME, RETYPE }
}
