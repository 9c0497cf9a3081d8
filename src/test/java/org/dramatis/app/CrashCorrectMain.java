package org.dramatis.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dramatis.cli.Cli;
import org.dramatis.graph.DecisionRepository.DecisionRow;
import org.dramatis.graph.Views.NameCount;
import org.dramatis.model.ActorType;
import org.dramatis.resolve.Decision;

/**
 * Runs corrections or a lexicon re-resolution in a JVM of its own, so a test can kill it at random points. Like the
 * workbench it first finishes what an earlier, killed run left, then applies only the steps not stored yet.
 *
 * <pre>
 * correct DATA A B MOVED STAY1,STAY2 RENAMED RETYPED   merge A+B, split MOVED off, rename, retype, undo the merge
 * lexicon DATA ALIASES.csv                            dramatis lexicon aliases ALIASES.csv
 * </pre>
 */
public final class CrashCorrectMain {
    static final String NEW_NAME = "Renamed Harbour Actor";

    private CrashCorrectMain() {
    }

    public static void main(String[] args) {
        if (args[0].equals("lexicon")) {
            int code = Cli.run(new String[] {"lexicon", "--data", args[1], "aliases", args[2]});
            System.exit(code);
        }
        try (Dramatis dramatis = Dramatis.open(Config.defaults(Path.of(args[1])), new FakeNlp())) {
            Corrections c = dramatis.corrections();
            c.finishInterrupted();
            String a = args[2];
            String b = args[3];
            String moved = args[4];
            List<String> stay = Arrays.asList(args[5].split(","));
            if (find(dramatis, Decision.Kind.SAME, a, b) == null) {
                c.merge(a, b);
            }
            if (find(dramatis, Decision.Kind.NOT_SAME, moved, stay.get(0)) == null) {
                List<NameCount> all = new ArrayList<>();
                all.add(new NameCount(moved, 1));
                stay.forEach(n -> all.add(new NameCount(n, 1)));
                c.split(all, List.of(moved));
            }
            if (find(dramatis, Decision.Kind.RENAME, args[6], null) == null) {
                c.rename(args[6], NEW_NAME);
            }
            if (find(dramatis, Decision.Kind.RETYPE, args[7], null) == null) {
                c.retype(args[7], ActorType.ORGANIZATION);
            }
            DecisionRow merge = find(dramatis, Decision.Kind.SAME, a, b);
            if (!merge.undone()) {
                c.undo(merge.decision().id());
            }
        }
    }

    static DecisionRow find(Dramatis dramatis, Decision.Kind kind, String left, String right) {
        return dramatis.decisions().history().stream().filter(r -> r.decision().kind() == kind
                && r.decision().left().equals(left) && (right == null || right.equals(r.decision().right())))
                .findFirst().orElse(null);
    }
}
