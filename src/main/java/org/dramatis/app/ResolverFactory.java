package org.dramatis.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.dramatis.graph.DecisionRepository;
import org.dramatis.model.ActorType;
import org.dramatis.model.DramatisException;
import org.dramatis.resolve.AliasTable;
import org.dramatis.resolve.DocumentClusterer;
import org.dramatis.resolve.EntityResolver;
import org.dramatis.resolve.Glossary;
import org.dramatis.resolve.NameKeys;

/**
 * Builds resolvers from the bundled data files plus the user's own, read from the data directory without a rebuild:
 * {@code glossary/*.tsv} (extra vocabulary), {@code aliases/*.csv} (canonical name, alias, type) and
 * {@code honorifics/*.txt} (extra titles to strip) and {@code capitals/*.tsv} (capital, TAB, country: capitals read as
 * their state when a text uses them for the government). Files are re-read each time a resolver or clusterer is made, so
 * a new alias list takes effect at the next ingest or re-resolution; {@link #fingerprint} tells the stored clusters
 * when they were made with other files.
 */
public final class ResolverFactory {
    private static final String DEMONYMS = "/dramatis/lexicon/demonyms.tsv";

    private final Path dataDir;
    private final DecisionRepository decisions;

    ResolverFactory(Path dataDir, DecisionRepository decisions) {
        this.dataDir = dataDir;
        this.decisions = decisions;
    }

    public Path glossaryDir() {
        return dataDir.resolve("glossary");
    }

    public Path aliasDir() {
        return dataDir.resolve("aliases");
    }

    public Path capitalDir() {
        return dataDir.resolve("capitals");
    }

    public Path honorificDir() {
        return dataDir.resolve("honorifics");
    }

    /** A resolver that has read the current data files and every decision still in force. */
    public EntityResolver create() {
        NameKeys keys = keys();
        Glossary glossary = Glossary.load(keys, files(glossaryDir(), ".tsv"));
        List<AliasTable.Alias> aliases = new ArrayList<>(demonyms());
        for (Path csv : files(aliasDir(), ".csv")) {
            aliases.addAll(AliasTable.load(csv, keys).aliases());
        }
        return new EntityResolver(keys, glossary, AliasTable.of(aliases, keys), decisions.activeDecisions());
    }

    /**
     * Nationality adjectives as aliases of their country, so "Iranian-backed" credits the country. Read from the
     * extraction lexicon that types those mentions as COUNTRY in the first place.
     */
    static List<AliasTable.Alias> demonyms() {
        List<AliasTable.Alias> out = new ArrayList<>();
        try (var in = ResolverFactory.class.getResourceAsStream(DEMONYMS)) {
            if (in == null) {
                throw new DramatisException("bundled data file " + DEMONYMS + " is missing from the jar");
            }
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                String[] cols = line.split("\t");
                if (line.isBlank() || line.startsWith("#") || cols.length < 2) {
                    continue;
                }
                out.add(new AliasTable.Alias(cols[1].trim(), cols[0].trim(), ActorType.COUNTRY));
            }
        } catch (IOException e) {
            throw new DramatisException("cannot read " + DEMONYMS + ": " + e.getMessage(), e);
        }
        return out;
    }

    /** A within-document clusterer using the same keys and glossary. */
    public DocumentClusterer clusterer() {
        NameKeys keys = keys();
        return new DocumentClusterer(keys, Glossary.load(keys, files(glossaryDir(), ".tsv")), files(capitalDir(), ".tsv"));
    }

    /**
     * A fingerprint of the user's data files (names and contents of the four folders): the stored clusters were made
     * with files of this fingerprint, and when it changes every document is clustered again.
     */
    public String fingerprint() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Path dir : List.of(glossaryDir(), aliasDir(), capitalDir(), honorificDir())) {
                for (Path file : files(dir, "")) {
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

    private NameKeys keys() {
        return NameKeys.load(files(honorificDir(), ".txt"));
    }

    static List<Path> files(Path dir, String suffix) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new DramatisException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }
}
