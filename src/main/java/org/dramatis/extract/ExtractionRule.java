package org.dramatis.extract;

/**
 * One extraction rule: reads one sentence of a document under extraction and adds the claims it finds. Rules run in
 * the order {@link RuleList} gives, sentence by sentence; what a rule requires ({@link RuleSpec}) is a capability that the
 * steps before the rules ({@link RuleList#BEFORE_RULES}) or an earlier rule provides, so that the list can be
 * checked when it is built rather than found wrong in the output. A rule keeps no state of its own between calls: one
 * instance serves many documents and threads.
 */
interface ExtractionRule {
    /** The rule's id, what it finds, what it requires and what it provides. */
    RuleSpec spec();

    /** The rule's id ({@link RuleSpec#id()}). */
    default String id() {
        return spec().id();
    }

    /** Adds what the rule finds in {@code sentence} to {@code out}, reading the document's state from {@code document}. */
    void apply(SentenceView sentence, DocContext document, RuleOutput out);
}
