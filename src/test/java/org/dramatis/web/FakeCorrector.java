package org.dramatis.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.dramatis.graph.Views;
import org.dramatis.model.ActorType;

/** Records every correction the web layer asks for, answering with increasing decision ids. */
final class FakeCorrector implements Corrector {
    final List<String> calls = Collections.synchronizedList(new ArrayList<>());
    private long next = 100;

    @Override
    public synchronized long merge(String leftName, String rightName) {
        calls.add("merge " + leftName + " | " + rightName);
        return next++;
    }

    @Override
    public synchronized long split(List<Views.NameCount> allNames, List<String> namesToMove) {
        calls.add("split " + allNames.size() + " " + namesToMove);
        return next++;
    }

    @Override
    public synchronized long rename(String name, String newName) {
        if (name.equals("explode")) {
            throw new IllegalStateException("secret internal detail");
        }
        calls.add("rename " + name + " | " + newName);
        return next++;
    }

    @Override
    public synchronized long retype(String name, ActorType type) {
        calls.add("retype " + name + " | " + type);
        return next++;
    }

    @Override
    public boolean undo(long decisionId) {
        calls.add("undo " + decisionId);
        return decisionId == 7;
    }

    @Override
    public int setVerdict(String table, List<Long> claimIds, boolean confirmed) {
        calls.add("verdict " + table + " " + claimIds + " " + confirmed);
        return claimIds.size();
    }

    String last() {
        return calls.isEmpty() ? null : calls.get(calls.size() - 1);
    }
}
