package org.dramatis.extract;

import java.util.Collection;
import java.util.List;

/**
 * One extraction rule as {@code dramatis rules} lists it.
 *
 * @param id          the rule's id, as {@code --rules-off} and failures name it
 * @param description what it finds
 * @param requires    what must be known (sorted) before it runs
 * @param provides    what it adds (sorted) for the rules after it
 * @param on          false when switched off
 */
public record RuleInfo(String id, String description, List<String> requires, List<String> provides, boolean on) {
    public RuleInfo {
        requires = List.copyOf(requires);
        provides = List.copyOf(provides);
    }

    static RuleInfo of(RuleSpec r, boolean on) {
        return new RuleInfo(r.id(), r.description(), sorted(r.requires()), sorted(r.provides()), on);
    }

    private static List<String> sorted(Collection<String> names) {
        return names.stream().sorted().toList();
    }
}
