package org.dramatis.corpus;

/** The actor types of the corpus; {@link #goldType()} is the coarser type the evaluator's gold files use. */
public enum EntityType {
    PERSON("Person", "Person"),
    ORGANIZATION("Organization", "Organization"),
    ARMED_GROUP("ArmedGroup", "Organization"),
    PARTY("Party", "Organization"),
    STATE("State", "Country"),
    LOCATION("Location", "Location");

    private final String label;
    private final String goldType;

    EntityType(String label, String goldType) {
        this.label = label;
        this.goldType = goldType;
    }

    /** The spelling in annotation files ("ArmedGroup"). */
    public String label() {
        return label;
    }

    public String goldType() {
        return goldType;
    }
}
