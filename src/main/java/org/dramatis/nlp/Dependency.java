package org.dramatis.nlp;

import java.io.Serializable;

/** A basic-dependency edge between two tokens of one sentence (0-based token indexes; governor -1 is the root). */
public record Dependency(String relation, int governor, int dependent) implements Serializable {
}
