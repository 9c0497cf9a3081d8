package org.dramatis.app;

import java.nio.file.Path;
import java.util.List;
import org.dramatis.extract.Lexicons;
import org.dramatis.graph.PostRules;
import org.dramatis.lexicon.Kind;
import org.dramatis.lexicon.LexiconFiles;
import org.dramatis.resolve.AliasTable;
import org.dramatis.resolve.DocumentClusterer;
import org.dramatis.resolve.Glossary;
import org.dramatis.resolve.NameKeys;

/** Checks a user's data file before it is added: every reader of the data files reads it, and any bad line fails. */
public final class LexiconCheck {
    private LexiconCheck() {
    }

    /**
     * Reads {@code file} as a user file of {@code kind} beside the bundled files, through extraction, resolution and the
     * post rules alike.
     *
     * @throws org.dramatis.model.DramatisException naming each bad line of the file and why
     */
    public static void check(Kind kind, Path file) {
        LexiconFiles files = LexiconFiles.bundled().plus(kind, List.of(file));
        files.lines(kind);
        Lexicons.load(files);
        NameKeys keys = NameKeys.load(files);
        new DocumentClusterer(keys, Glossary.load(keys));
        AliasTable.aliases(files);
        PostRules.load(files);
        files.requireNoProblems();
    }
}
