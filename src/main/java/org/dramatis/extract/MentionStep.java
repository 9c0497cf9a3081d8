package org.dramatis.extract;

import org.dramatis.nlp.AnnotatedDocument;

/**
 * The first step of extraction: finds the actor mentions ({@link MentionFinder}), types them to the end ({@link TypeRepair}
 * in {@link DocContext}, then {@link TitleSlotTypes}) and readies the references over them, so that the classification
 * step reads mentions whose types no longer change.
 */
final class MentionStep {
    private final Lexicons lexicons;
    private final MentionFinder finder;
    private final TitleSlotTypes titleSlots;

    MentionStep(Lexicons lexicons) {
        this.lexicons = lexicons;
        this.finder = new MentionFinder(lexicons);
        this.titleSlots = new TitleSlotTypes(lexicons);
    }

    /**
     * The document's state before classification: its typed mentions and the references over them, which read the
     * facts {@code sink} collects (read-only) as the classifier adds them. A sentence that fails here is listed in
     * {@code guard} and keeps what was found before.
     */
    DocContext find(AnnotatedDocument doc, FactSink sink, RuleGuard guard) {
        DocContext ctx = new DocContext(doc, finder.find(doc, guard), lexicons, sink);
        titleSlots.apply(ctx, guard);
        return ctx;
    }
}
