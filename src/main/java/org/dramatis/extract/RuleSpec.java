package org.dramatis.extract;

import java.util.Set;

/**
 * What one extraction rule declares about itself, once: its id, what it finds, what it requires and what it provides.
 * {@link RuleList} checks the list against these and {@link RuleInfo} shows them.
 *
 * @param id          names the rule in the rule list, in failures and in {@code --rules-off}: lower case, words joined
 *                    by '-'
 * @param description one line on what the rule finds, for {@code dramatis rules}
 * @param requires    what must be known before this rule runs ("mentions", "posts")
 * @param provides    what this rule adds for the rules after it
 */
record RuleSpec(String id, String description, Set<String> requires, Set<String> provides) {
    RuleSpec {
        if (id == null || !id.matches("[a-z]+(-[a-z]+)*")) {
            throw new IllegalArgumentException("extraction rule id '" + id + "' is not lower-case words joined by '-'");
        }
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("extraction rule '" + id + "' has no description");
        }
        requires = Set.copyOf(requires);
        provides = Set.copyOf(provides);
    }
}
