package org.dramatis.corpus;

/** How an article is written; see docs/annotation.md for what each style looks like. */
public enum Style {
    WIRE, ANALYSIS, OPINION, PROFILE, TRANSLATION, SCRAPED, FACTBOX, HEADLINES, LIVE
}
