package org.dramatis.dev.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.dramatis.model.ActorType;
import org.dramatis.resolve.NameKeys;

/**
 * Invents actors with the spelling variety of transliterated news: persons with Arabic-style given and family names
 * ("Yafir al-Dhakumi", "Yafeer el-Zakoumi", "Dhakumi"), organizations with acronyms, and a few states. Every name is
 * made of random syllables, so no real person is named; names whose matching key collides with an earlier actor's are
 * drawn again, so the resolver is never asked to tell two synthetic actors apart by spelling alone.
 */
final class Names {
    private static final String[] ONSETS = {"b", "d", "f", "h", "j", "k", "l", "m", "n", "r", "s", "t", "w", "q", "sh",
            "kh", "dh", "gh"};
    private static final String[] VOWELS = {"a", "i", "u"};
    private static final String[] CODAS = {"b", "d", "f", "l", "m", "n", "r", "s", "t", "k", "q"};
    private static final String[] ORG_HEADS = {"Brigades", "Movement", "Front", "Party", "Council", "Forces",
            "Alliance", "League"};
    private static final String[] ORG_OPENERS = {"Popular", "National", "Free", "United", "Revolutionary", "Patriotic"};

    private final Random random;
    private final NameKeys keys;
    private final Set<String> takenKeys = new HashSet<>();

    Names(Random random, NameKeys keys) {
        this.random = random;
        this.keys = keys;
    }

    /** A new actor of {@code type} whose every key (full name, surname, acronym) is unused so far. */
    Actor next(int id, ActorType type) {
        for (int attempt = 0; attempt < 1000; attempt++) {
            Actor a = switch (type) {
                case PERSON -> person(id);
                case ORGANIZATION -> organization(id);
                default -> place(id, type);
            };
            List<String> claimed = claims(a);
            if (claimed.stream().noneMatch(takenKeys::contains)) {
                takenKeys.addAll(claimed);
                return a;
            }
        }
        throw new IllegalStateException("could not invent a fresh " + type + " name after 1000 attempts (actor " + id + ")");
    }

    private List<String> claims(Actor a) {
        List<String> out = new ArrayList<>();
        for (String n : a.fullForms()) {
            out.add("k:" + keys.key(n));
        }
        for (String n : a.shortForms()) {
            out.add((a.type() == ActorType.PERSON ? "s:" + keys.surnameKey(n) : "k:" + keys.key(n)));
        }
        if (a.type() == ActorType.PERSON) {
            a.fullForms().stream().map(n -> "s:" + keys.surnameKey(n)).forEach(out::add);
        }
        return out.stream().distinct().toList();
    }

    private Actor person(int id) {
        String[] given = phonemes(2, false);
        String[] family = phonemes(2 + random.nextInt(2), true);
        List<String> full = new ArrayList<>();
        List<String> shortForms = new ArrayList<>();
        String[] articles = {"al-", "Al-", "el-"};
        for (int v = 0; v < 3; v++) {
            String article = v == 0 ? "al-" : articles[random.nextInt(articles.length)];
            String fam = capital(render(family, v));
            full.add(capital(render(given, v)) + " " + article + fam);
            shortForms.add(v == 0 ? fam : article + fam);
        }
        return new Actor(id, ActorType.PERSON, distinct(full), distinct(shortForms));
    }

    private Actor organization(int id) {
        String opener = ORG_OPENERS[random.nextInt(ORG_OPENERS.length)];
        String[] core = phonemes(1 + random.nextInt(2), false);
        String[] place = phonemes(2, false);
        String head = ORG_HEADS[random.nextInt(ORG_HEADS.length)];
        String canonical = opener + " " + capital(render(core, 0)) + " " + capital(render(place, 0)) + " " + head;
        String variant = opener + " " + capital(render(core, 1)) + " " + capital(render(place, 1)) + " " + head;
        String acronym = ("" + opener.charAt(0) + core[0].charAt(0) + place[0].charAt(0) + head.charAt(0))
                .toUpperCase(Locale.ROOT);
        return new Actor(id, ActorType.ORGANIZATION, distinct(List.of(canonical, variant)), List.of(acronym));
    }

    private Actor place(int id, ActorType type) {
        String name = capital(render(phonemes(3, false), 0));
        return new Actor(id, type, List.of(name), List.of());
    }

    /** Alternating consonant and vowel phonemes ending in a consonant, or in "i" for a nisba-style family name. */
    private String[] phonemes(int syllables, boolean nisba) {
        List<String> p = new ArrayList<>();
        for (int i = 0; i < syllables; i++) {
            p.add(ONSETS[random.nextInt(ONSETS.length)]);
            p.add(VOWELS[random.nextInt(VOWELS.length)]);
        }
        if (nisba) {
            p.add(CODAS[random.nextInt(CODAS.length)]);
            p.add("i");
        } else {
            p.add(CODAS[random.nextInt(CODAS.length)]);
        }
        return p.toArray(String[]::new);
    }

    /**
     * Spells phonemes the way one transliteration scheme would: variant 0 is plain ("dh", "u", "q"), later variants
     * lengthen vowels, soften emphatic letters and double consonants as English-language wires do.
     */
    static String render(String[] phonemes, int variant) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < phonemes.length; i++) {
            String ph = phonemes[i];
            boolean last = i == phonemes.length - 1;
            String out = ph;
            if (variant == 1) {
                out = switch (ph) {
                    case "u" -> "ou";
                    case "i" -> last ? "y" : "ee";
                    case "dh" -> "z";
                    case "q" -> "k";
                    default -> ph;
                };
            } else if (variant == 2) {
                out = switch (ph) {
                    case "a" -> last ? "a" : "e";
                    case "u" -> "o";
                    case "dh" -> "th";
                    case "kh" -> "kh";
                    default -> ph.length() == 1 && !"aiu".contains(ph) && i > 0 && !last && i == phonemes.length - 3
                            ? ph + ph : ph;
                };
            }
            sb.append(out);
        }
        return sb.toString();
    }

    private static List<String> distinct(List<String> forms) {
        return forms.stream().distinct().toList();
    }

    static String capital(String w) {
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }
}
