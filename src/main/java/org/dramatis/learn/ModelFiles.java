package org.dramatis.learn;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The files of the learned models ({@link EventModels}): read from the jar ({@code dramatis/models/}) or a folder, and
 * written by {@code dramatis train}. Four gzipped classifiers (trigger, modality, argument, relation), the relation
 * model's per-kind thresholds, and each step after the models (event check, fact check, post-body chooser) as a
 * gzipped classifier beside its threshold file.
 */
final class ModelFiles {
    private ModelFiles() {
    }

    /** The models shipped in the jar, or null when none are. */
    static EventModels readBundled() {
        try {
            return read(new Source() {
                @Override
                public InputStream open(String name, boolean optional) {
                    return EventModels.class.getResourceAsStream(EventModels.RESOURCE + name);
                }

                @Override
                public String where(String name) {
                    return name;
                }
            });
        } catch (IOException e) {
            throw new IllegalStateException("the bundled event models cannot be read: " + e.getMessage(), e);
        }
    }

    /** Loads the model files from {@code dir} (a missing relation thresholds file: the default for every kind). */
    static EventModels load(Path dir) throws IOException {
        return read(new Source() {
            @Override
            public InputStream open(String name, boolean optional) throws IOException {
                Path file = dir.resolve(name);
                return optional && !Files.exists(file) ? null : Files.newInputStream(file);
            }

            @Override
            public String where(String name) {
                return dir.resolve(name).toString();
            }
        });
    }

    /** Where the model files come from: the jar or a folder. */
    private interface Source {
        /** The file's bytes, or null when it is absent and may be (from the jar: whenever it is absent). */
        InputStream open(String name, boolean optional) throws IOException;

        /** The file's name in errors. */
        String where(String name);
    }

    /**
     * The models, their relation thresholds (the default for every kind when absent) and the event check (none when
     * absent); null when a model file is absent from the jar.
     */
    private static EventModels read(Source source) throws IOException {
        LinearClassifier[] loaded = new LinearClassifier[EventModels.FILES.length];
        for (int i = 0; i < EventModels.FILES.length; i++) {
            InputStream raw = source.open(EventModels.FILES[i], false);
            if (raw == null) {
                return null;
            }
            try (InputStream in = new java.util.zip.GZIPInputStream(raw)) {
                loaded[i] = LinearClassifier.load(in, source.where(EventModels.FILES[i]));
            }
        }
        RelationThresholds thresholds = RelationThresholds.none();
        InputStream raw = source.open(RelationThresholds.FILE, true);
        if (raw != null) {
            try (raw) {
                thresholds = RelationThresholds.load(raw, source.where(RelationThresholds.FILE));
            }
        }
        EventModels models = EventModels.of(loaded, thresholds);
        EventCheck check = optional(source, EventCheck.FILE, EventCheck.THRESHOLD_FILE, EventCheck::load);
        FactCheck facts = optional(source, FactCheck.FILE, FactCheck.THRESHOLD_FILE, FactCheck::load);
        BodyChooser bodies = optional(source, BodyChooser.FILE, BodyChooser.THRESHOLD_FILE, BodyChooser::load);
        return models.with(new EventModels.After(check, facts, bodies));
    }

    /** How a step after the models reads its gzipped classifier and its threshold file. */
    private interface Loader<T> {
        T load(InputStream model, InputStream threshold, String where) throws IOException;
    }

    /** A step after the models read from its two files, or null when either is absent. */
    private static <T> T optional(Source source, String file, String thresholdFile, Loader<T> loader) throws IOException {
        try (InputStream model = source.open(file, true); InputStream threshold = source.open(thresholdFile, true)) {
            return model == null || threshold == null ? null
                    : loader.load(new java.util.zip.GZIPInputStream(model), threshold, source.where(file));
        }
    }

    /** How a step after the models writes its classifier and its threshold file. */
    private interface Saver {
        void save(Writer model, Writer threshold) throws IOException;
    }

    /**
     * Writes a step after the models to its two files. With no step, a chooser ({@code stale}: one that did not pay on
     * held-out folds this time) removes its files, so that no stale one is left behind; a check leaves them (a run that
     * trains no check keeps the one there).
     */
    private static void save(Path dir, String file, String thresholdFile, Saver saver, boolean stale) throws IOException {
        if (saver == null) {
            if (!stale) {
                return;
            }
            Files.deleteIfExists(dir.resolve(file));
            Files.deleteIfExists(dir.resolve(thresholdFile));
            return;
        }
        try (Writer m = new java.io.OutputStreamWriter(new java.util.zip.GZIPOutputStream(
                Files.newOutputStream(dir.resolve(file))), StandardCharsets.UTF_8);
             Writer t = Files.newBufferedWriter(dir.resolve(thresholdFile), StandardCharsets.UTF_8)) {
            saver.save(m, t);
        }
    }

    /** Writes {@code models}' classifiers, relation thresholds and the steps after them to {@code dir}. */
    static void save(EventModels models, Path dir) throws IOException {
        Files.createDirectories(dir);
        LinearClassifier[] all = models.classifiers();
        for (int i = 0; i < EventModels.FILES.length; i++) {
            try (Writer w = new java.io.OutputStreamWriter(new java.util.zip.GZIPOutputStream(
                    Files.newOutputStream(dir.resolve(EventModels.FILES[i]))), StandardCharsets.UTF_8)) {
                all[i].save(w);
            }
        }
        try (Writer w = Files.newBufferedWriter(dir.resolve(RelationThresholds.FILE), StandardCharsets.UTF_8)) {
            models.relations().thresholds().save(w);
        }
        EventModels.After after = models.after();
        save(dir, EventCheck.FILE, EventCheck.THRESHOLD_FILE, after.check() == null ? null : after.check()::save, false);
        save(dir, FactCheck.FILE, FactCheck.THRESHOLD_FILE, after.factCheck() == null ? null : after.factCheck()::save, false);
        save(dir, BodyChooser.FILE, BodyChooser.THRESHOLD_FILE, after.bodies() == null ? null : after.bodies()::save, true);
    }
}
