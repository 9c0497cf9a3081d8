package org.dramatis.extract;

/**
 * A rule that looks at each token of a sentence in turn, from the first: what most rules are. The step reads the
 * sentence and the document and adds facts; keeping no state of its own, one instance serves many documents and threads.
 *
 * @param spec what the rule is called, finds, requires and provides
 * @param step what it does at one token
 */
record TokenRule(RuleSpec spec, Step step) implements ExtractionRule {
    /** What a rule does at token {@code i} of sentence {@code v}. */
    @FunctionalInterface
    interface Step {
        void at(SentenceView v, DocContext ctx, FactSink sink, int i);
    }

    @Override
    public void apply(SentenceView v, DocContext ctx, RuleOutput out) {
        for (int i = 0; i < v.size(); i++) {
            step.at(v, ctx, out.facts, i);
        }
    }
}
