package org.dramatis.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.dramatis.graph.DecisionRepository;
import org.dramatis.lexicon.Kind;
import org.dramatis.lexicon.LexiconFiles;
import org.dramatis.lexicon.Line;
import org.dramatis.model.ActorType;
import org.dramatis.model.DramatisException;
import org.dramatis.resolve.AliasTable;
import org.dramatis.resolve.DocumentClusterer;
import org.dramatis.resolve.EntityResolver;
import org.dramatis.resolve.Glossary;
import org.dramatis.resolve.NameKeys;

/**
 * Builds resolvers from the bundled data files plus the user's own, read from the data directory without a rebuild
 * ({@link LexiconFiles}: {@code glossary/*.tsv}, {@code aliases/*.csv}, {@code honorifics/*.txt},
 * {@code capitals/*.tsv} and every other kind under {@code lexicon/KIND/}). Files are re-read each time a resolver or
 * clusterer is made, so a new alias list takes effect at the next ingest or re-resolution; {@link #fingerprint} tells
 * the stored clusters when they were made with other files.
 */
public final class ResolverFactory {
    private final Path dataDir;
    private final DecisionRepository decisions;

    /** @param decisions the analysts' decisions; null for a factory that only makes clusterers (no store at hand) */
    ResolverFactory(Path dataDir, DecisionRepository decisions) {
        this.dataDir = dataDir;
        this.decisions = decisions;
    }

    /** The bundled data files plus the user's, read afresh. */
    public LexiconFiles files() {
        return LexiconFiles.of(dataDir);
    }

    /** A resolver that has read the current data files and every decision still in force. */
    public EntityResolver create() {
        NameKeys keys = NameKeys.load(files());
        Glossary glossary = Glossary.load(keys);
        List<AliasTable.Alias> aliases = new ArrayList<>(countryAliases(keys.files()));
        aliases.addAll(AliasTable.aliases(keys.files()));
        return new EntityResolver(keys, glossary, AliasTable.of(aliases, keys), decisions.activeDecisions());
    }

    /**
     * Nationality adjectives as aliases of their country, so "Iranian-backed" credits the country (read from the
     * demonym list that types those mentions as COUNTRY in the first place), and a state's other names
     * ({@code country-names.tsv}: "Britain", "the US") as aliases of its name.
     */
    public static List<AliasTable.Alias> countryAliases(LexiconFiles files) {
        List<AliasTable.Alias> out = new ArrayList<>();
        for (Kind kind : List.of(Kind.DEMONYMS, Kind.COUNTRY_NAMES)) {
            for (Line line : files.lines(kind)) {
                out.add(new AliasTable.Alias(line.cols()[1], line.cols()[0], ActorType.COUNTRY));
            }
        }
        return out;
    }

    /** A within-document clusterer using the same keys and glossary. */
    public DocumentClusterer clusterer() {
        NameKeys keys = NameKeys.load(files());
        return new DocumentClusterer(keys, Glossary.load(keys));
    }

    /**
     * A fingerprint of the user's data files (names and contents of every kind's folder): the stored clusters were made
     * with files of this fingerprint, and when it changes every document is clustered again.
     */
    public String fingerprint() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            LexiconFiles files = files();
            for (Kind kind : Kind.values()) {
                for (Path file : files.userFiles(kind)) {
                    sha.update((dataDir.relativize(file) + "\n").getBytes(StandardCharsets.UTF_8));
                    sha.update(Files.readAllBytes(file));
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new DramatisException("cannot read the data files under " + dataDir + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }
}
