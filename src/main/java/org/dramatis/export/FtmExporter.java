package org.dramatis.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.dramatis.graph.EventQueries;
import org.dramatis.graph.GraphQueries;
import org.dramatis.graph.Views.ActorSummary;
import org.dramatis.graph.Views.Event;
import org.dramatis.graph.Views.Fact;
import org.dramatis.graph.Views.NameCount;
import org.dramatis.graph.Views.Participant;
import org.dramatis.model.ActorType;
import org.dramatis.model.FactKind;

/**
 * Writes the graph as FollowTheMoney entities, one JSON object per line, for Aleph, OpenAleph or the {@code ftm} tools.
 *
 * <p>Actors: a person is a {@code Person}, an organization an {@code Organization}. A country is a {@code PublicBody}
 * (the state acting through its government), with {@code country} set to its ISO code when the JDK's locale data knows
 * the name. A location is an {@code Address} with {@code full} set to its name, since FtM has no place schema and
 * locations appear in links and as event {@code location}. {@code name} is the entity's main name and {@code alias}
 * every other spelling seen in the corpus.
 *
 * <p>Relations take the shape their kind's {@link FactKind#ftm()} names. ROLE becomes a {@code Position} ("Head of
 * Coastal Guard", shared by everyone who held it) and an {@code Occupancy} linking holder and post with start and end
 * dates; MEMBER and PART_OF become {@code Membership} (role "part of" for the latter when no role was stated, the kind's
 * {@link FactKind#words()}); BORN, EDUCATION and NATIONALITY (when the country is known) become {@code birthDate},
 * {@code birthPlace}, {@code education} and {@code nationality} on the {@code Person}; every other relation becomes an
 * {@code UnknownLink} whose {@code role} names the relation in words ("backs"). Events become {@code Event} with {@code involved},
 * {@code organizer} (participants acting) and {@code location}. Every relation and event carries its evidence:
 * {@code summary} = the sentences, {@code sourceUrl} = the document URLs (or {@code dramatis:document/<id>}),
 * {@code publisher} = the outlets.
 *
 * <p>Ids are stable for a given store: {@code dr-actor-<id>}, {@code dr-fact-<hash of fact key>},
 * {@code dr-position-<hash>}, {@code dr-event-<hash of event key>}.
 */
public final class FtmExporter {
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    private final ObjectMapper mapper = new ObjectMapper().configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);

    /** Writes all actors, posts, relations and events; the writer is flushed, not closed. */
    public void write(GraphQueries graph, EventQueries events, Writer out) {
        write(graph, ExportData.load(graph, events), out);
    }

    /** Writes {@code data}; {@code graph} gives each actor's other spellings. */
    void write(GraphQueries graph, ExportData data, Writer out) {
        Map<Long, FtmEntity> actors = new LinkedHashMap<>();
        Map<Long, ActorType> types = new LinkedHashMap<>();
        for (ActorSummary a : data.actors()) {
            actors.put(a.id(), actorEntity(graph, a));
            types.put(a.id(), a.type());
        }
        Map<String, FtmEntity> posts = new LinkedHashMap<>();
        List<FtmEntity> links = new java.util.ArrayList<>();
        for (Fact f : data.facts()) {
            relation(f, actors, types, posts, links);
        }
        try {
            for (FtmEntity e : actors.values()) {
                line(out, e);
            }
            for (FtmEntity e : posts.values()) {
                line(out, e);
            }
            for (FtmEntity e : links) {
                line(out, e);
            }
            for (Event e : data.events()) {
                line(out, event(e));
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write FollowTheMoney export: " + e.getMessage(), e);
        }
    }

    static String actorId(long id) {
        return "dr-actor-" + id;
    }

    private void line(Writer out, FtmEntity e) throws IOException {
        out.write(mapper.writeValueAsString(e.toJson()));
        out.write('\n');
    }

    private static FtmEntity actorEntity(GraphQueries graph, ActorSummary a) {
        FtmEntity e = new FtmEntity(actorId(a.id()), switch (a.type()) {
            case PERSON -> "Person";
            case ORGANIZATION -> "Organization";
            case COUNTRY -> "PublicBody";
            case LOCATION -> "Address";
        });
        e.add("name", a.name());
        List<NameCount> names = graph.actor(a.id()).map(d -> d.names()).orElse(List.of());
        for (NameCount n : names) {
            if (!n.name().equalsIgnoreCase(a.name())) {
                e.add("alias", n.name());
            }
        }
        if (a.type() == ActorType.COUNTRY) {
            CountryCodes.code(a.name()).ifPresent(code -> e.add("country", code));
        } else if (a.type() == ActorType.LOCATION) {
            e.add("full", a.name());
        }
        return e;
    }

    private static void relation(Fact f, Map<Long, FtmEntity> actors, Map<Long, ActorType> types,
                                 Map<String, FtmEntity> posts, List<FtmEntity> links) {
        String factId = "dr-fact-" + ExportData.shortHash(f.key());
        String subject = actorId(f.subjectId());
        String object = f.objectId() == null ? null : actorId(f.objectId());
        FtmEntity person = types.get(f.subjectId()) == ActorType.PERSON ? actors.get(f.subjectId()) : null;
        switch (f.kind().ftm()) {
            case OCCUPANCY -> {
                FtmEntity post = post(f, types, posts);
                links.add(evidenced(new FtmEntity(factId, "Occupancy"), f).add("holder", subject).add("post", post.id())
                        .add("startDate", f.start()).add("endDate", f.end()));
                return;
            }
            case MEMBERSHIP -> {
                if (object != null) {
                    links.add(evidenced(new FtmEntity(factId, "Membership"), f).add("member", subject)
                            .add("organization", object)
                            .add("role", f.role() != null ? f.role() : variantWords(f.kind()))
                            .add("startDate", f.start()).add("endDate", f.end()));
                    return;
                }
            }
            case BIRTH -> {
                if (person != null) {
                    String value = f.value();
                    if (value != null && ISO_DATE.matcher(value.strip()).matches()) {
                        person.add("birthDate", value);
                    } else {
                        person.add("birthPlace", value);
                    }
                    person.add("birthPlace", f.objectName());
                    person.addAll("sourceUrl", ExportData.sourceUrls(f.evidence()));
                    return;
                }
            }
            case EDUCATION -> {
                if (person != null) {
                    person.add("education", f.objectName() != null ? f.objectName() : f.value());
                    person.addAll("sourceUrl", ExportData.sourceUrls(f.evidence()));
                    return;
                }
            }
            case NATIONALITY -> {
                String code = CountryCodes.code(f.objectName() != null ? f.objectName() : f.value()).orElse(null);
                if (person != null && code != null) {
                    person.add("nationality", code);
                    person.addAll("sourceUrl", ExportData.sourceUrls(f.evidence()));
                    return;
                }
            }
            case LINK -> {
                // a plain link, written below
            }
        }
        if (object != null) {
            links.add(evidenced(new FtmEntity(factId, "UnknownLink"), f).add("subject", subject).add("object", object)
                    .add("role", f.kind().words()).add("startDate", f.start()).add("endDate", f.end()));
        }
    }

    /** A membership of a kind that is another's variant ("part of" beside "member") says which, when no role does. */
    private static String variantWords(FactKind kind) {
        return kind.sameRelationAs().isPresent() ? kind.words() : null;
    }

    private static FtmEntity post(Fact f, Map<Long, ActorType> types, Map<String, FtmEntity> posts) {
        String role = f.role() == null || f.role().isBlank() ? "post" : f.role().strip();
        String name = Character.toUpperCase(role.charAt(0)) + role.substring(1)
                + (f.objectName() == null ? "" : " of " + f.objectName());
        String id = "dr-position-" + ExportData.shortHash(name.toLowerCase(Locale.ROOT) + ":" + f.objectId());
        return posts.computeIfAbsent(id, k -> {
            FtmEntity p = new FtmEntity(k, "Position").add("name", name);
            if (f.objectId() != null) {
                p.add("organization", actorId(f.objectId()));
                if (types.get(f.objectId()) == ActorType.COUNTRY) {
                    CountryCodes.code(f.objectName()).ifPresent(code -> p.add("country", code));
                }
            }
            return p;
        });
    }

    private static FtmEntity evidenced(FtmEntity e, Fact f) {
        return e.add("description", confidenceNote(f.confidence())).addAll("summary", ExportData.sentences(f.evidence())).addAll("sourceUrl", ExportData.sourceUrls(f.evidence()))
                .addAll("publisher", ExportData.outlets(f.evidence()));
    }

    private static FtmEntity event(Event ev) {
        String label = ev.type().name().charAt(0) + ev.type().name().substring(1).toLowerCase(Locale.ROOT)
                + (ev.mode() == null ? "" : " (" + ev.mode() + ")");
        FtmEntity e = new FtmEntity("dr-event-" + ExportData.shortHash(ev.key()), "Event")
                .add("name", ev.summary() != null && !ev.summary().isBlank() ? ev.summary() : label)
                .add("date", ev.date()).add("location", ev.place());
        for (Participant p : ev.participants()) {
            if (p.type() == ActorType.LOCATION) {
                e.add("location", p.name());
            } else {
                e.add("involved", actorId(p.actorId()));
                if ("actor".equalsIgnoreCase(p.role())) {
                    e.add("organizer", actorId(p.actorId()));
                }
            }
        }
        return e.add("description", confidenceNote(ev.confidence()))
                .addAll("summary", ExportData.sentences(ev.evidence())).addAll("sourceUrl", ExportData.sourceUrls(ev.evidence()))
                .addAll("publisher", ExportData.outlets(ev.evidence()));
    }

    /** FtM has no confidence property: the probability goes into the description, in words an analyst reads. */
    private static String confidenceNote(Double p) {
        String c = ExportData.confidence(p);
        return c == null ? null : "Dramatis confidence " + c + " (probability its models give this claim)";
    }
}
