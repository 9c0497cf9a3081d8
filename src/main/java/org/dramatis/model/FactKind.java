package org.dramatis.model;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The relations Dramatis extracts between actors, each with everything the rest of the program needs to know about it:
 * its dossier section, what its role names, how it maps to FollowTheMoney, the actor types it joins, and its traits
 * (held over a span of time, symmetric, a side taken). The words, dossier wording and network colour are data, in
 * {@code dramatis/fact-kinds.tsv}. A new kind is one constant here and one line there. {@link #code()} is the
 * spelling used in gold files and exports.
 */
public enum FactKind {
    /** A post held in an organization or country ("head", "prime minister"). */
    ROLE(Section.POSTS, Post.HELD, Ftm.OCCUPANCY, Types.ANY, Trait.DATED),
    /** A person or organization belongs to an organization. */
    MEMBER(Section.STRUCTURE, Post.NONE, Ftm.MEMBERSHIP, Types.ANY, Trait.DATED),
    /** An organization sits inside another (a militia inside an umbrella force); a person in a body is a member. */
    PART_OF(MEMBER, Section.STRUCTURE, Post.NONE, Ftm.MEMBERSHIP, Types.NOT_BY_PERSON, Trait.DATED),
    /** An organization speaks for another (a bloc representing a force in parliament). */
    REPRESENTS(Section.STRUCTURE, Post.NONE, Ftm.LINK, Types.NOT_BY_PERSON),
    /** Funding, training, arming or command. */
    BACKS(Section.ALIGNMENT, Post.NONE, Ftm.LINK, Types.ANY, Trait.FOR),
    SUPPORTS(Section.ALIGNMENT, Post.NONE, Ftm.LINK, Types.ANY, Trait.FOR),
    OPPOSES(Section.ALIGNMENT, Post.NONE, Ftm.LINK, Types.ANY, Trait.AGAINST),
    ACCUSES(Section.ALIGNMENT, Post.NONE, Ftm.LINK, Types.ANY),
    THREATENS(Section.ALIGNMENT, Post.NONE, Ftm.LINK, Types.ANY),
    DESIGNATED_TERRORIST(Section.ALIGNMENT, Post.NONE, Ftm.LINK, Types.ANY),
    /** Someone appointed someone else, to the post its role names when the text gives one. */
    APPOINTED(Section.POSTS, Post.NAMED, Ftm.LINK, Types.ANY),
    ASSOCIATE(Section.ALIGNMENT, Post.NONE, Ftm.LINK, Types.ANY, Trait.SYMMETRIC),
    /** A person's birth: its place is the object, its date the value. */
    BORN(Section.BIOGRAPHY, Post.NONE, Ftm.BIRTH, Types.PERSON_IN_PLACE, Trait.ONE_PER_SUBJECT, Trait.DATE_IS_VALUE),
    NATIONALITY(Section.BIOGRAPHY, Post.NONE, Ftm.NATIONALITY, Types.ANY, Trait.ONE_PER_SUBJECT),
    EDUCATION(Section.BIOGRAPHY, Post.NONE, Ftm.EDUCATION, Types.ANY);

    /** The dossier sections, in page order; a section lists its kinds in the order they are declared. */
    public enum Section {
        POSTS("Posts held"),
        STRUCTURE("Memberships and structure"),
        ALIGNMENT("Backing, support and opposition"),
        BIOGRAPHY("Biography");

        private final String heading;

        Section(String heading) {
            this.heading = heading;
        }

        public String heading() {
            return heading;
        }
    }

    /** What a fact's role is: the post its subject holds, a post it names (an appointment), or incidental. */
    public enum Post {
        HELD, NAMED, NONE
    }

    /** The FollowTheMoney shape a fact takes; {@code LINK} is an {@code UnknownLink} whose role is {@link #words()}. */
    public enum Ftm {
        OCCUPANCY, MEMBERSHIP, BIRTH, EDUCATION, NATIONALITY, LINK
    }

    /** The side a fact says its subject takes towards its object. */
    public enum Stance {
        FOR, AGAINST;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Yes-or-no properties of a kind. */
    private enum Trait {
        DATED, SYMMETRIC, ONE_PER_SUBJECT, DATE_IS_VALUE, FOR, AGAINST
    }

    /** The actor types a kind may join. */
    private record Types(Set<ActorType> subjects, Set<ActorType> objects) {
        static final Types ANY = new Types(EnumSet.allOf(ActorType.class), EnumSet.allOf(ActorType.class));
        static final Types NOT_BY_PERSON = new Types(EnumSet.complementOf(EnumSet.of(ActorType.PERSON)),
                EnumSet.allOf(ActorType.class));
        static final Types PERSON_IN_PLACE = new Types(EnumSet.of(ActorType.PERSON),
                EnumSet.of(ActorType.COUNTRY, ActorType.LOCATION));
    }

    private static final Map<String, FactKind> BY_CODE = new HashMap<>();
    private static final Map<FactKind, String> SCORE_GROUPS = new EnumMap<>(FactKind.class);

    static {
        for (FactKind k : values()) {
            BY_CODE.put(k.code(), k);
            FactKind root = k.sameRelationAs != null ? k.sameRelationAs : k;
            SCORE_GROUPS.put(k, Stream.of(values()).filter(o -> o == root || o.sameRelationAs == root).map(FactKind::code)
                    .collect(Collectors.joining("/")));
        }
    }

    private final FactKind sameRelationAs;
    private final Section section;
    private final Post post;
    private final Ftm ftm;
    private final Types types;
    private final Set<Trait> traits;

    FactKind(Section section, Post post, Ftm ftm, Types types, Trait... traits) {
        this(null, section, post, ftm, types, traits);
    }

    FactKind(FactKind sameRelationAs, Section section, Post post, Ftm ftm, Types types, Trait... traits) {
        this.sameRelationAs = sameRelationAs;
        this.section = section;
        this.post = post;
        this.ftm = ftm;
        this.types = types;
        this.traits = traits.length == 0 ? EnumSet.noneOf(Trait.class) : EnumSet.of(traits[0], traits);
    }

    /** The lower-case name, as gold files, exports and the learned models spell it ("part_of"). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static FactKind parse(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }

    /** The kind a code names, case-insensitively; empty for no kind. */
    public static Optional<FactKind> find(String code) {
        return Optional.ofNullable(BY_CODE.get(code.strip().toLowerCase(Locale.ROOT)));
    }

    /** The dossier section that lists it. */
    public Section section() {
        return section;
    }

    /** What its role is. */
    public Post post() {
        return post;
    }

    /** The FollowTheMoney shape it takes in exports. */
    public Ftm ftm() {
        return ftm;
    }

    /** Holds from a start to an end (a post, a membership), so what held on a date can be asked. */
    public boolean dated() {
        return traits.contains(Trait.DATED);
    }

    /** Says the same read either way round ("A is associated with B"). */
    public boolean symmetric() {
        return traits.contains(Trait.SYMMETRIC);
    }

    /** A subject has one of it (a birth, a nationality): two outlets giving different objects disagree. */
    public boolean onePerSubject() {
        return traits.contains(Trait.ONE_PER_SUBJECT);
    }

    /** Its date is what it states (a birth date), not when it held; its object may be left out. */
    public boolean dateIsValue() {
        return traits.contains(Trait.DATE_IS_VALUE);
    }

    /** The side its subject takes towards its object, if it is an alignment. */
    public Optional<Stance> stance() {
        return traits.contains(Trait.FOR) ? Optional.of(Stance.FOR)
                : traits.contains(Trait.AGAINST) ? Optional.of(Stance.AGAINST) : Optional.empty();
    }

    /**
     * The kind this one is the same relation as for subjects of another type (part of a body for an organization,
     * member of it for a person); scored as one with it. Empty for most kinds.
     */
    public Optional<FactKind> sameRelationAs() {
        return Optional.ofNullable(sameRelationAs);
    }

    /**
     * The kinds scored as one with this one, their codes joined in declaration order: "member/part_of" for both
     * member and part of, the code alone for most.
     */
    public String scoreGroup() {
        return SCORE_GROUPS.get(this);
    }

    /**
     * The kind a relation of this kind is between a subject and an object of these types: itself when they fit, the
     * kind it is the same relation as when that one fits (a person is a member of a body, not part of it), else null.
     * Every stored mention has a type, so neither is null.
     */
    public FactKind between(ActorType subject, ActorType object) {
        if (types.subjects().contains(subject) && types.objects().contains(object)) {
            return this;
        }
        return sameRelationAs == null ? null : sameRelationAs.between(subject, object);
    }

    /** The kind in a few words, for filters, legends and export link roles ("part of"). */
    public String words() {
        return FactKindText.get(this).words();
    }

    /**
     * What the dossier writes between subject and object: "is head of", "appointed as envoy", "backs", "is a member of
     * (spokesman)": where the wording does not place the role, it follows in parentheses.
     *
     * @param role the fact's role, or null
     * @param withObject whether an actor follows
     */
    public String verb(String role, boolean withObject) {
        return FactKindText.get(this).verb(role, withObject);
    }

    /** Whether {@link #verb} places the role in its wording (else it follows in parentheses). */
    public boolean verbPlacesRole() {
        return FactKindText.get(this).placesRole();
    }

    /** The colour of its edges in the network view (a CSS colour). */
    public String colour() {
        return FactKindText.get(this).colour();
    }
}
