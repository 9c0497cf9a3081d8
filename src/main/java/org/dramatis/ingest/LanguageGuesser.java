package org.dramatis.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Language of a text through OpenNLP's detector (model from the opennlp-models-langdetect jar). The 10 MB
 * model is loaded once per JVM, on first use, so readers that never see text pay nothing and later readers (every
 * data folder opened) reuse it. The model is read-only and shared; the cheap detector wrapper is made per call because
 * it is not documented as thread-safe.
 */
final class LanguageGuesser {

    static final String MODEL_RESOURCE = "/langdetect-183.bin";

    private static final Logger LOG = LoggerFactory.getLogger(LanguageGuesser.class);
    private static final int SAMPLE_CHARS = 4000;
    private static final int MIN_LETTERS = 20;
    private static final double MIN_CONFIDENCE = 0.1;
    /** ISO 639-3 individual languages the model reports, mapped to their macrolanguage's 639-1 code. */
    private static final Map<String, String> INDIVIDUAL_TO_MACRO = Map.ofEntries(
            Map.entry("pes", "fa"), Map.entry("prs", "fa"), Map.entry("arb", "ar"), Map.entry("cmn", "zh"),
            Map.entry("zsm", "ms"), Map.entry("ekk", "et"), Map.entry("lvs", "lv"), Map.entry("uzn", "uz"),
            Map.entry("khk", "mn"), Map.entry("azj", "az"), Map.entry("swh", "sw"), Map.entry("npi", "ne"),
            Map.entry("nob", "nb"), Map.entry("nno", "nn"), Map.entry("ydd", "yi"), Map.entry("plt", "mg"));
    private static final Map<String, String> ISO3_TO_ISO1 = iso3ToIso1();

    private static final Object LOCK = new Object();
    private static volatile LanguageDetectorModel model;
    private static volatile boolean unavailable;

    String guess(String text) {
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        if (sample.codePoints().filter(Character::isLetter).count() < MIN_LETTERS) {
            return SourceDocument.UNDETERMINED;
        }
        LanguageDetectorModel m = model();
        if (m == null) {
            return SourceDocument.UNDETERMINED;
        }
        Language best = new LanguageDetectorME(m).predictLanguage(sample);
        if (best == null || best.getConfidence() < MIN_CONFIDENCE) {
            return SourceDocument.UNDETERMINED;
        }
        return toIso1(best.getLang());
    }

    static String toIso1(String code) {
        String c = code.toLowerCase(Locale.ROOT);
        String macro = INDIVIDUAL_TO_MACRO.get(c);
        if (macro != null) {
            return macro;
        }
        return ISO3_TO_ISO1.getOrDefault(c, c);
    }

    private static LanguageDetectorModel model() {
        LanguageDetectorModel m = model;
        if (m != null || unavailable) {
            return m;
        }
        synchronized (LOCK) {
            if (model == null && !unavailable) {
                try (InputStream in = LanguageGuesser.class.getResourceAsStream(MODEL_RESOURCE)) {
                    if (in == null) {
                        throw new IOException("resource " + MODEL_RESOURCE + " not on the classpath");
                    }
                    model = new LanguageDetectorModel(in);
                } catch (IOException | RuntimeException e) {
                    // a missing model costs the language tag, never the document
                    unavailable = true;
                    LOG.warn("language detection off: cannot load OpenNLP model {}: {}", MODEL_RESOURCE,
                            e.getMessage());
                }
            }
            return model;
        }
    }

    private static Map<String, String> iso3ToIso1() {
        Map<String, String> map = new HashMap<>();
        for (String iso1 : Locale.getISOLanguages()) {
            try {
                map.put(new Locale(iso1).getISO3Language(), iso1);
            } catch (MissingResourceException ignored) {
                // no three-letter code known for this language; keep the model's code
            }
        }
        return Map.copyOf(map);
    }
}
