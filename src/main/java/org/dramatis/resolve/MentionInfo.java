package org.dramatis.resolve;

import java.util.List;
import org.dramatis.extract.ActorMention;
import org.dramatis.model.ActorType;

/** What the clustering rules look at for one mention: its type, type class, display form and key tokens. */
record MentionInfo(ActorMention mention, ActorType type, char cls, String display, List<String> tokens, String key) {

    /** The type class the rules compare: P for persons, O for organizations, G for countries and places alike. */
    static char classOf(ActorType type) {
        return switch (type) {
            case PERSON -> 'P';
            case ORGANIZATION -> 'O';
            case COUNTRY, LOCATION -> 'G';
        };
    }

    /** The same mention read as another type, its names unchanged. */
    MentionInfo retyped(ActorType newType, char newCls) {
        return new MentionInfo(mention, newType, newCls, display, tokens, key);
    }
}
