package org.dramatis.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The extraction rules in the order they run on each sentence, the rules' {@link ClaimClassifier}: the one place that
 * says what the extractor knows and what each rule counts on. The list is checked when it is built: a rule that
 * requires something neither the steps before the rules nor an earlier rule provide is a mistake in the list, reported
 * with both names.
 *
 * <p>Rules can be switched off by id, to see what one contributes or to get around one that misfires: the system
 * property {@value #OFF_PROPERTY} or the environment variable {@value #OFF_VARIABLE} (the property wins) lists them,
 * comma separated ({@code roles,aid}); an unknown id is an error that names the known ones. A rule after a switched-off
 * one still runs, with what is left.
 */
final class RuleList implements ClaimClassifier {
    /** The system property that lists rules to switch off. */
    static final String OFF_PROPERTY = "dramatis.rules.off";
    /** The environment variable that lists rules to switch off, when the property is not set. */
    static final String OFF_VARIABLE = "DRAMATIS_RULES_OFF";
    /**
     * What the steps before the rules provide: the actor mentions, typed ({@link MentionFinder}, {@link TypeRepair}, and
     * last {@link TitleSlotTypes}, so that no rule changes a type); references (pronouns, "the group", a country's
     * adjective → its mention, {@link DocContext});
     * the document's dates ({@link DateNormalizer}).
     */
    static final Set<String> BEFORE_RULES = Set.of("mentions", "references", "dates");

    private final List<ExtractionRule> all;
    private final List<ExtractionRule> active;

    /**
     * @param inOrder the rules in run order, checked
     * @param off     ids of rules not to run
     * @throws IllegalArgumentException when a rule requires what nothing before it provides, two rules share an id, or
     *                                  {@code off} names an unknown rule
     */
    RuleList(List<ExtractionRule> inOrder, Set<String> off) {
        check(inOrder);
        this.all = List.copyOf(inOrder);
        Set<String> ids = new LinkedHashSet<>();
        inOrder.forEach(r -> ids.add(r.id()));
        for (String id : off) {
            if (!ids.contains(id)) {
                throw new IllegalArgumentException("no extraction rule '" + id + "' to switch off: the rules are "
                        + String.join(", ", ids));
            }
        }
        this.active = inOrder.stream().filter(r -> !off.contains(r.id())).toList();
    }

    /** The standard rules in run order. */
    static List<ExtractionRule> standard(Lexicons lex) {
        List<ExtractionRule> rules = new ArrayList<>();
        rules.add(new RoleRules(lex.titles(), lex.places(), lex.bodies(), lex.events()));
        rules.addAll(RelationRules.rules(lex.relations(), lex.titles()));
        rules.addAll(StructureRules.rules(lex.bodies(), lex.places(), lex.relations()));
        rules.addAll(AlignmentRules.rules(lex.relations(), lex.bodies(), lex.titles()));
        rules.add(new RelationNouns(lex.relations(), lex.bodies()));
        rules.add(new AidRules(lex.relations()));
        rules.addAll(EventRules.rules(lex.events(), lex.relations(), lex.titles()));
        return List.copyOf(rules);
    }

    /**
     * Runs the rules that are on, in order, on each sentence in turn; each behind the document's {@link RuleGuard}, so
     * that a rule that throws loses its output for that sentence only.
     */
    @Override
    public void classify(ClaimDocument document) {
        RuleOutput out = document.out;
        for (SentenceView v : document.ctx.views) {
            for (ExtractionRule rule : active) {
                RuleOutput.Mark mark = out.mark();
                out.running(rule.id());
                document.guard.run(rule.id(), v.sentence.index(), () -> rule.apply(v, document.ctx, out),
                        () -> out.rollback(mark));
            }
        }
    }

    /** Every rule in run order, switched off or not. */
    List<ExtractionRule> all() {
        return all;
    }

    /** The rules that run, in order. */
    List<ExtractionRule> active() {
        return active;
    }

    /** Whether the rule {@code id} runs. */
    boolean isOn(String id) {
        return active.stream().anyMatch(r -> r.id().equals(id));
    }

    /**
     * Fails with a message naming the rule and what it lacks (and the rule that provides it, when that one comes too
     * late) at the first rule whose requirement nothing before it provides.
     */
    static void check(List<ExtractionRule> rules) {
        Set<String> known = new HashSet<>(BEFORE_RULES);
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < rules.size(); i++) {
            ExtractionRule r = rules.get(i);
            if (!ids.add(r.id())) {
                throw new IllegalArgumentException("two extraction rules are called '" + r.id() + "'");
            }
            for (String need : r.spec().requires()) {
                if (!known.contains(need)) {
                    String later = rules.subList(i + 1, rules.size()).stream().filter(o -> o.spec().provides().contains(need))
                            .map(ExtractionRule::id).findFirst()
                            .map(id -> "; rule '" + id + "' provides it but runs after it").orElse("; no rule provides it");
                    throw new IllegalArgumentException("extraction rule '" + r.id() + "' requires '" + need
                            + "', which neither the steps before the rules " + new java.util.TreeSet<>(BEFORE_RULES)
                            + " nor an earlier rule provide" + later);
                }
            }
            known.addAll(r.spec().provides());
        }
    }

    /** The ids listed in {@value #OFF_PROPERTY}, or else in {@value #OFF_VARIABLE}; empty when neither is set. */
    static Set<String> switchedOff() {
        String listed = System.getProperty(OFF_PROPERTY);
        if (listed == null) {
            listed = System.getenv(OFF_VARIABLE);
        }
        return parse(listed);
    }

    /** "roles, aid" → {roles, aid}; null or blank → none. */
    static Set<String> parse(String listed) {
        Set<String> ids = new LinkedHashSet<>();
        if (listed != null) {
            for (String id : listed.split(",")) {
                if (!id.isBlank()) {
                    ids.add(id.strip().toLowerCase(Locale.ROOT));
                }
            }
        }
        return ids;
    }

    /** The rules as the public {@link RuleInfo} rows, in run order. */
    List<RuleInfo> describe() {
        List<RuleInfo> rows = new ArrayList<>();
        for (ExtractionRule r : all) {
            rows.add(RuleInfo.of(r.spec(), active.contains(r)));
        }
        return rows;
    }
}
