package org.dramatis.resolve;

import java.io.Serializable;
import java.util.List;
import org.dramatis.model.ActorType;

/**
 * The mentions of one actor within one document.
 *
 * @param id       cluster number within the document, from 0 in order of first mention
 * @param type     the actor type (COUNTRY wins over LOCATION when both were tagged)
 * @param mentions {@code ActorMention.index()} of each mention in the cluster, in text order
 * @param name     the fullest display form ("Omar al-Nadhimi" rather than "Nadhimi")
 * @param names    the distinct surface forms as written, in order of first appearance
 * @param reasons  why mentions were joined, readable ("'Nadhimi' is the surname of the only full name 'Omar al-Nadhimi'")
 * @param impersonal whether the document uses a group or place name of the cluster the way a person's name is not
 *                   used ("in X", "the X", "X Foundation"), so it is not a person's name the tagger mistyped
 */
public record LocalCluster(int id, ActorType type, List<Integer> mentions, String name, List<String> names, List<String> reasons,
                           boolean impersonal) implements Serializable {
    public LocalCluster {
        if (type == null) {
            throw new IllegalArgumentException("cluster " + id + " has no type");
        }
        if (mentions == null || mentions.isEmpty()) {
            throw new IllegalArgumentException("cluster " + id + " has no mentions");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("cluster " + id + " has no name");
        }
        mentions = List.copyOf(mentions);
        names = List.copyOf(names);
        reasons = List.copyOf(reasons);
    }

    /** A cluster with no impersonal use. */
    public LocalCluster(int id, ActorType type, List<Integer> mentions, String name, List<String> names, List<String> reasons) {
        this(id, type, mentions, name, names, reasons, false);
    }
}
