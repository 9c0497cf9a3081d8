package org.dramatis.model;

/** How much of a date the text gave: "2016" is YEAR, "May 2020" MONTH, "June 25, 2020" DAY. */
public enum DatePrecision {
    DAY, MONTH, YEAR;

    /** Precision of an ISO partial date: "2020-05-07", "2020-05" or "2020". */
    public static DatePrecision of(String isoPartial) {
        return switch (isoPartial.length()) {
            case 4 -> YEAR;
            case 7 -> MONTH;
            case 10 -> DAY;
            default -> throw new IllegalArgumentException("not an ISO date, year-month or year: '" + isoPartial + "'");
        };
    }
}
