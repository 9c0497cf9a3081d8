package org.dramatis.extract;

import java.io.Serializable;

/**
 * A rule that threw on one sentence: its output for that sentence is dropped and extraction goes on. A failure is a
 * bug in the rule, reported so that it can be found and fixed, never a reason to lose the document.
 *
 * @param sentence the sentence index, or -1 for a step that runs over the whole document
 * @param rule     the rule or step that failed ("events", "mentions.organizations")
 * @param error    the exception's class and message, in one line
 */
public record RuleFailure(int sentence, String rule, String error) implements Serializable {
    public RuleFailure {
        if (rule == null || rule.isBlank()) {
            throw new IllegalArgumentException("a rule failure needs the rule's name");
        }
        error = error == null ? "" : error;
    }

    @Override
    public String toString() {
        return (sentence < 0 ? "document" : "sentence " + sentence) + ", rule " + rule + ": " + error;
    }
}
