package org.dramatis.dev.bench;

import java.util.List;
import org.dramatis.model.ActorType;

/**
 * An invented actor and the ways texts spell it.
 *
 * @param id         0-based number, also the gold identity
 * @param fullForms  full names as different transliterations write them; the first is canonical
 * @param shortForms a person's bare family name in several spellings, or an organization's acronym
 */
record Actor(int id, ActorType type, List<String> fullForms, List<String> shortForms) {
    Actor {
        if (fullForms == null || fullForms.isEmpty()) {
            throw new IllegalArgumentException("actor " + id + " has no name");
        }
        fullForms = List.copyOf(fullForms);
        shortForms = List.copyOf(shortForms);
    }

    String canonical() {
        return fullForms.get(0);
    }

    String goldId() {
        return "a" + id;
    }
}
