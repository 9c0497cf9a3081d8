package org.dramatis.web;

import static org.dramatis.web.Html.esc;

import java.util.List;
import java.util.stream.Collectors;
import org.dramatis.graph.Views.Event;
import org.dramatis.graph.Views.Evidence;
import org.dramatis.graph.Views.Fact;
import org.dramatis.graph.Views.Participant;
import org.dramatis.model.ActorType;
import org.dramatis.model.Modality;

/** HTML pieces shared by the dossier and the reader: actor links, fact and event lines with their evidence. */
final class Fragments {
    private Fragments() {
    }

    static String actorLink(long id, String name, ActorType type) {
        return "<a class=\"actor" + (type == null ? "" : " type-" + type.name()) + "\" href=\"/actors/" + id + "\">"
                + esc(name) + "</a>";
    }

    /** The actor's own name in bold, any other actor as a link. */
    static String actorRef(long id, String name, Long self) {
        return self != null && self == id ? "<strong>" + esc(name) + "</strong>" : actorLink(id, name, null);
    }

    /** "A is head of B (2019 – 2021)": subject, relation, object or literal, and dates. */
    static String factSentence(Fact f, Long self) {
        StringBuilder sb = new StringBuilder(actorRef(f.subjectId(), f.subjectName(), self)).append(' ');
        sb.append(esc(verb(f)));
        if (f.objectId() != null) {
            sb.append(' ').append(actorRef(f.objectId(), f.objectName(), self));
        } else if (f.value() != null) {
            sb.append(' ').append(esc(f.value()));
        }
        if (f.start() != null || f.end() != null) {
            sb.append(" <span class=\"dates\">(").append(esc(f.start() == null ? "?" : f.start())).append(" – ")
                    .append(esc(f.end() == null ? "" : f.end())).append(")</span>");
        }
        sb.append(modalityBadge(f.modality())).append(confidenceBadge(f.confidence()));
        return sb.toString();
    }

    private static String verb(Fact f) {
        String role = f.role() == null || f.role().isBlank() ? null : f.role();
        return f.kind().verb(role, f.objectId() != null);
    }

    /** The quoted sentences behind a claim, each with its outlet, date and a link to the sentence in its document. */
    static String evidence(List<Evidence> evidence) {
        StringBuilder sb = new StringBuilder("<ul class=\"evidence\">");
        for (Evidence e : evidence) {
            sb.append("<li><q>").append(esc(e.sentence())).append("</q> <span class=\"source\">— ");
            if (e.attribution() != null) {
                sb.append("<span class=\"attribution\">according to ").append(esc(e.attribution())).append("</span>, ");
            }
            sb.append(esc(e.outlet() == null ? e.documentName() : e.outlet()));
            if (e.published() != null) {
                sb.append(", ").append(esc(e.published()));
            }
            sb.append(", <a href=\"/documents/").append(e.documentId()).append("#s").append(e.sentenceIndex()).append("\">")
                    .append(esc(e.title() == null || e.title().isBlank() ? e.documentName() : e.title())).append("</a>");
            sb.append(modalityBadge(e.modality())).append(confidenceBadge(e.confidence()));
            sb.append("</span></li>");
        }
        return sb.append("</ul>").toString();
    }

    /**
     * The probability the models give a claim, as a percentage badge ("p 83 %"), marked low under one half; empty when
     * the claim was not scored.
     */
    static String confidenceBadge(Double p) {
        if (p == null) {
            return "";
        }
        long pct = Math.round(p * 100);
        return " <span class=\"badge confidence" + (p < 0.5 ? " low" : "") + "\" title=\"probability the models give this"
                + " claim\">p " + pct + " %</span>";
    }

    /** A badge such as "alleged" or "denied" for anything but a plain assertion; empty otherwise. */
    static String modalityBadge(Modality modality) {
        if (modality == null || modality == Modality.ASSERTED) {
            return "";
        }
        String name = modality.name().toLowerCase(java.util.Locale.ROOT);
        return " <span class=\"badge modality modality-" + modality.name() + "\">" + esc(name) + "</span>";
    }

    /** A fact line with its evidence and, when {@code withReject}, a button rejecting all its claims. */
    static String fact(Fact f, Long self, boolean withReject) {
        return "<li class=\"fact kind-" + f.kind().name() + "\">" + factBody(f, self, withReject) + "</li>";
    }

    /** A fact line with its evidence and a button rejecting {@code rejectIds} (none when null). */
    static String fact(Fact f, Long self, List<Long> rejectIds) {
        return "<li class=\"fact kind-" + f.kind().name() + "\">" + factBody(f, self, rejectIds) + "</li>";
    }

    /** The inside of a fact line: the claim, its reject button when asked for, and its evidence. */
    static String factBody(Fact f, Long self, boolean withReject) {
        return factBody(f, self, withReject ? ids(f.evidence()) : null);
    }

    /**
     * The inside of a fact line: the claim, a button rejecting {@code rejectIds} (none when null), its evidence and,
     * when it carries only the first of its evidence, a link to all of it on {@code self}'s evidence page.
     */
    static String factBody(Fact f, Long self, List<Long> rejectIds) {
        StringBuilder sb = new StringBuilder("<div class=\"claim\">").append(factSentence(f, self));
        if (rejectIds != null) {
            sb.append(" <button type=\"button\" class=\"small reject\" data-table=\"fact_claim\" data-ids=\"")
                    .append(join(rejectIds)).append("\">Reject</button>");
        }
        sb.append("</div>").append(evidence(f.evidence()));
        return sb.append(more(self, "fact", f.key(), f.evidence().size(), f.evidenceCount())).toString();
    }

    /** An event line: date, type, summary, participants, evidence. */
    static String event(Event e, Long self, boolean withReject) {
        return event(e, self, withReject ? ids(e.evidence()) : null);
    }

    /** An event line with a button rejecting {@code rejectIds} (none when null) and a link to all its reports. */
    static String event(Event e, Long self, List<Long> rejectIds) {
        StringBuilder sb = new StringBuilder("<li class=\"event\">").append(eventClaim(e, self));
        if (rejectIds != null) {
            sb.append(" <button type=\"button\" class=\"small reject\" data-table=\"event_claim\" data-ids=\"")
                    .append(join(rejectIds)).append("\">Reject</button>");
        }
        sb.append("</div>").append(evidence(e.evidence()));
        return sb.append(more(self, "event", e.key(), e.evidence().size(), e.evidenceCount())).append("</li>").toString();
    }

    /** The event's claim line, left open for a button: date, type, summary, place, participants. */
    static String eventClaim(Event e, Long self) {
        StringBuilder sb = new StringBuilder("<div class=\"claim\"><span class=\"date\">")
                .append(esc(e.date() == null ? "undated" : e.date())).append("</span> <span class=\"etype\">")
                .append(esc(e.type().name().toLowerCase())).append(e.mode() == null ? "" : " / " + esc(e.mode()))
                .append("</span> ").append(esc(e.summary() == null ? "" : e.summary()));
        if (e.place() != null) {
            sb.append(" <span class=\"place\">in ").append(esc(e.place())).append("</span>");
        }
        sb.append(confidenceBadge(e.confidence()));
        if (!e.participants().isEmpty()) {
            sb.append(" <span class=\"participants\">(");
            for (int i = 0; i < e.participants().size(); i++) {
                Participant p = e.participants().get(i);
                sb.append(i == 0 ? "" : ", ").append(actorRef(p.actorId(), p.name(), self));
                if (p.role() != null) {
                    sb.append(" <span class=\"role\">").append(esc(p.role())).append("</span>");
                }
            }
            sb.append(")</span>");
        }
        return sb.toString();
    }

    /** "show all 12": a link to the actor's evidence page when only {@code shown} of {@code total} items are listed. */
    private static String more(Long self, String kind, String key, int shown, int total) {
        if (self == null || shown >= total) {
            return "";
        }
        return "<p class=\"more-evidence\"><a href=\"/actors/" + self + "/evidence?" + kind + "="
                + esc(java.net.URLEncoder.encode(key, java.nio.charset.StandardCharsets.UTF_8)) + "\">show all " + total
                + "</a></p>";
    }

    private static List<Long> ids(List<Evidence> evidence) {
        return evidence.stream().map(Evidence::claimId).toList();
    }

    private static String join(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
