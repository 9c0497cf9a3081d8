package org.dramatis.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dramatis.ingest.GivenMetadata;
import org.dramatis.ingest.Manifest;

/**
 * One ingest run: the files and folders to read, what the user states about each file (a manifest row,
 * {@code --published}), and the inputs already refused before reading (manifest rows that cannot be used), which the
 * report lists with the rest.
 *
 * @param inputs   files and folders to read
 * @param given    what the user states about a file read; {@link GivenMetadata#NONE} when nothing
 * @param rejected inputs refused before reading
 * @param skipped  files and folders never read even inside a folder named: the manifest itself, and what a manifest
 *                 row names whose values are unusable (so that no file is stored without what its row meant to say)
 */
public record IngestRequest(List<Path> inputs, Function<Path, GivenMetadata> given, List<IngestOutcome.Rejected> rejected,
                            Set<Path> skipped) {
    public IngestRequest {
        inputs = List.copyOf(inputs);
        Objects.requireNonNull(given, "given metadata");
        rejected = List.copyOf(rejected);
        skipped = skipped.stream().map(p -> p.toAbsolutePath().normalize()).collect(Collectors.toUnmodifiableSet());
    }

    /** Reads the inputs with nothing stated about them. */
    public static IngestRequest of(List<Path> inputs) {
        return new IngestRequest(inputs, file -> GivenMetadata.NONE, List.of(), Set.of());
    }

    /** Whether a file found among the inputs is to be read: neither it nor a folder holding it is skipped. */
    public boolean reads(Path file) {
        for (Path p = file.toAbsolutePath().normalize(); p != null && !skipped.isEmpty(); p = p.getParent()) {
            if (skipped.contains(p)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Reads {@code inputs} and the files a manifest names (null: none): a file's manifest row wins, then
     * {@code defaults} (the user's {@code --published}); each unusable manifest row is a rejection naming its row.
     */
    public static IngestRequest of(List<Path> inputs, Manifest manifest, GivenMetadata defaults) {
        if (manifest == null) {
            return new IngestRequest(inputs, file -> defaults, List.of(), Set.of());
        }
        List<Path> all = new ArrayList<>(inputs);
        all.addAll(manifest.paths());
        List<IngestOutcome.Rejected> rejected = manifest.problems().stream()
                .map(p -> new IngestOutcome.Rejected(p.manifest(), p.manifest().getFileName() + (p.row() == 0 ? " header" : " row " + p.row()),
                        "MANIFEST", p.message()))
                .toList();
        Set<Path> skipped = new HashSet<>(manifest.refused());
        skipped.add(manifest.file());
        return new IngestRequest(all, file -> manifest.lookup(file).orElse(defaults), rejected, skipped);
    }
}
