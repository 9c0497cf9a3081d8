package org.dramatis.extract;

import org.dramatis.model.ActorType;

/**
 * The last typing step before the rules: a "person" NER found in a body's slot of a held title ("the leader of Y, X",
 * "Y's leader X") is a body, made an organization here so that every rule reads mentions whose types no longer change.
 * Titles are found and their holders read as {@link TitleRules} does, sentence by sentence, in the order the rules
 * meet them; the document keys ({@link DocContext#keyOf}) stay those of the types before this step.
 */
final class TitleSlotTypes {
    /** Names this step in failures. */
    static final String ID = "mentions.title-slots";

    private final TitleRules titles;

    TitleSlotTypes(Lexicons lex) {
        this.titles = new TitleRules(lex.titles(), lex.places(), lex.bodies(), lex.events());
    }

    /**
     * Retypes, in {@code ctx}'s mentions, each body found in a person's place, sentence by sentence behind
     * {@code guard}: a sentence that fails keeps the types it had.
     */
    void apply(DocContext ctx, RuleGuard guard) {
        for (SentenceView v : ctx.views) {
            guard.run(ID, v.sentence.index(), () -> apply(v, ctx), () -> { });
        }
    }

    private void apply(SentenceView v, DocContext ctx) {
        int i = 0;
        while (i < v.size()) {
            TitleRules.Title title = titles.title(v, ctx, i);
            if (title != null && title.held()) {
                retype(v, ctx, title);
            }
            i = title == null ? i + 1 : title.next();
        }
    }

    private void retype(SentenceView v, DocContext ctx, TitleRules.Title title) {
        TitleRules.Holding held = titles.holding(v, ctx, title.first(), title.head(), title.role(), title.former());
        if (held != null && titles.bodyInPersonSlot(v, ctx, title, held)) {
            ctx.mentions.get(held.object()).type = ActorType.ORGANIZATION;
        }
    }
}
