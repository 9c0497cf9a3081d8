package org.dramatis.extract;

import java.util.Set;

/**
 * One extraction rule: reads one sentence of a document under extraction and adds the claims it finds. Rules run in
 * the order {@link RuleList} gives, sentence by sentence; what a rule {@link #requires()} is a capability that the steps
 * before the rules ({@link RuleList#BEFORE_RULES}) or an earlier rule {@link #provides()}, so that the list can be
 * checked when it is built rather than found wrong in the output. A rule keeps no state of its own between calls: one
 * instance serves many documents and threads.
 */
interface ExtractionRule {
    /** Names the rule in the rule list, in failures and in {@code --rules-off}: lower case, words joined by '-'. */
    String id();

    /** One line on what the rule finds, for {@code dramatis rules}. */
    String description();

    /** What must be known before this rule runs ("mentions", "posts"). */
    Set<String> requires();

    /** What this rule adds for the rules after it. */
    Set<String> provides();

    /** Adds what the rule finds in {@code sentence} to {@code out}, reading the document's state from {@code document}. */
    void apply(SentenceView sentence, DocContext document, RuleOutput out);
}
