package org.dramatis.resolve;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.dramatis.model.ActorType;

/**
 * The features the match model reads from a pair of names: transliteration keys (consonant skeleton and vowel-aware,
 * and whether they meet on the skeleton alone), Jaro-Winkler (Apache Commons Text, already on the classpath for the
 * candidate finder) on the display forms and on the vowel keys, token overlap and containment, given name and surname
 * of two full names, acronym fit (an acronym is only ever a name the text wrote), nationality words, entity types and
 * corpus-level uniqueness (a short form with exactly one compatible full name in the corpus). Names never become
 * features: the model learns how names relate, not which names exist.
 */
public final class PairFeatures {
    /** Corpus uniqueness not known for this pair. */
    public static final int UNKNOWN_OWNERS = -1;
    private static final JaroWinklerSimilarity JW = new JaroWinklerSimilarity();
    private final NameKeys keys;
    private final GenericWords generic;

    public PairFeatures(NameKeys keys) {
        this.keys = keys;
        this.generic = new GenericWords(keys);
    }

    /**
     * The features of a pair; {@code owners} is how many full names of the corpus the shorter name could be a short
     * form of (compatible type, its words among theirs), or {@link #UNKNOWN_OWNERS}.
     */
    public List<String> features(MatchName a, MatchName b, int owners) {
        if (a.skeleton().size() > b.skeleton().size()) {
            MatchName t = a;
            a = b;
            b = t;
        }
        List<String> f = new ArrayList<>();
        String types = typePair(a.type(), b.type());
        f.add("types=" + types);
        boolean skel = a.skeletonString().equals(b.skeletonString());
        boolean vow = a.vowelString().equals(b.vowelString());
        double jw = JW.apply(a.display().toLowerCase(Locale.ROOT), b.display().toLowerCase(Locale.ROOT));
        double vjw = JW.apply(a.vowelString(), b.vowelString());
        if (a.display().equalsIgnoreCase(b.display())) {
            f.add("exact");
        }
        f.add("skel=" + skel + "|vow=" + vow);
        if (skel && !vow) {
            f.add("skeletonOnly|vjw=" + bin(vjw));
            f.add("skeletonOnly|types=" + types);
        }
        f.add("jw=" + bin(jw));
        f.add("vjw=" + bin(vjw));
        f.add("vjw=" + bin(vjw) + "|types=" + types);
        int na = Math.min(a.skeleton().size(), 3);
        int nb = Math.min(b.skeleton().size(), 3);
        f.add("words=" + na + "x" + nb);
        overlap(a, b, f, types);
        if (a.type() == ActorType.PERSON && b.type() == ActorType.PERSON) {
            persons(a, b, f, owners);
        }
        acronyms(a, b, f);
        String demonymA = keys.countryOfDemonym(a.surface().strip());
        String demonymB = keys.countryOfDemonym(b.surface().strip());
        if (demonymA != null && demonymA.equalsIgnoreCase(b.display()) || demonymB != null && demonymB.equalsIgnoreCase(a.display())) {
            f.add("nationalityWordOf");
        } else if (demonymA != null || demonymB != null) {
            f.add("nationalityWord|types=" + types);
        }
        return f;
    }

    private void overlap(MatchName a, MatchName b, List<String> f, String types) {
        Set<String> sa = new HashSet<>(a.skeleton());
        Set<String> sb = new HashSet<>(b.skeleton());
        Set<String> shared = new HashSet<>(sa);
        shared.retainAll(sb);
        Set<String> union = new HashSet<>(sa);
        union.addAll(sb);
        double jaccard = union.isEmpty() ? 0 : shared.size() / (double) union.size();
        f.add("tokens=" + bin(jaccard));
        Set<String> va = new HashSet<>(a.vowels());
        va.retainAll(new HashSet<>(b.vowels()));
        f.add("vowelTokensShared=" + Math.min(va.size(), 2) + "|sharedSkeleton=" + Math.min(shared.size(), 2));
        if (a.skeleton().size() < b.skeleton().size() && !a.skeleton().isEmpty()
                && Collections.indexOfSubList(b.skeleton(), a.skeleton()) >= 0) {
            List<String> extra = new ArrayList<>(b.skeleton());
            a.skeleton().forEach(extra::remove);
            boolean last = b.skeleton().subList(b.skeleton().size() - a.skeleton().size(), b.skeleton().size()).equals(a.skeleton());
            String where = last ? "end" : b.skeleton().subList(0, a.skeleton().size()).equals(a.skeleton()) ? "start" : "middle";
            String extraKind = extra.stream().allMatch(generic::isGeneric) ? "generic" : "proper";
            f.add("shortForm|" + where + "|extra=" + extraKind);
            f.add("shortForm|" + where + "|types=" + types);
            f.add("shortForm|vow=" + (Collections.indexOfSubList(b.vowels(), a.vowels()) >= 0));
            if (a.skeleton().size() == 1 && generic.isGeneric(a.skeleton().get(0))) {
                f.add("shortForm|genericWord");
            }
        } else if (!shared.isEmpty() && !a.skeletonString().equals(b.skeletonString())) {
            f.add("partialOverlap|types=" + types);
            if (a.skeleton().size() > 1 && b.skeleton().size() > 1) {
                boolean first = a.skeleton().get(0).equals(b.skeleton().get(0));
                boolean last = a.skeleton().get(a.skeleton().size() - 1).equals(b.skeleton().get(b.skeleton().size() - 1));
                f.add("sharedFirst=" + first + "|sharedLast=" + last + "|types=" + types);
            }
            if (shared.stream().allMatch(generic::isGeneric)) {
                f.add("sharesOnlyGenericWords");
            }
        }
    }

    /** Given name and surname of two persons' names, and how many full names a bare name could belong to. */
    private void persons(MatchName a, MatchName b, List<String> f, int owners) {
        List<String> x = a.vowels();
        List<String> y = b.vowels();
        if (x.isEmpty() || y.isEmpty()) {
            return;
        }
        if (x.size() >= 2 && y.size() >= 2) {
            f.add("fullNames|given=" + compare(x.get(0), y.get(0)) + "|surname=" + compare(x.get(x.size() - 1), y.get(y.size() - 1)));
        } else if (x.size() == 1 && y.size() >= 2) {
            String surname = compare(x.get(0), y.get(y.size() - 1));
            String given = compare(x.get(0), y.get(0));
            f.add("bareName|surname=" + surname + "|given=" + given);
            if (owners != UNKNOWN_OWNERS) {
                f.add("bareName|surname=" + surname + "|owners=" + (owners <= 1 ? String.valueOf(owners) : "many"));
            }
        }
    }

    private static String compare(String x, String y) {
        if (x.equals(y)) {
            return "same";
        }
        double s = JW.apply(x, y);
        return s >= 0.9 ? "close" : s >= 0.8 ? "near" : "different";
    }

    private void acronyms(MatchName a, MatchName b, List<String> f) {
        if (a.acronym() && b.acronym()) {
            f.add(a.display().equalsIgnoreCase(b.display()) ? "acronyms=same" : "acronyms=different");
        } else if (a.acronym() || b.acronym()) {
            MatchName acr = a.acronym() ? a : b;
            MatchName other = acr == a ? b : a;
            f.add(keys.isAcronymOf(acr.display(), other.display()) ? "acronym=fits" : "acronym=doesNotFit");
        }
    }

    private static String typePair(ActorType a, ActorType b) {
        String x = typeClass(a);
        String y = typeClass(b);
        return x.compareTo(y) <= 0 ? x + y : y + x;
    }

    /** P person, O organization, C country, L location. */
    static String typeClass(ActorType t) {
        return switch (t) {
            case PERSON -> "P";
            case ORGANIZATION -> "O";
            case COUNTRY -> "C";
            case LOCATION -> "L";
        };
    }

    private static String bin(double v) {
        return v >= 0.999 ? "1" : v >= 0.97 ? ".97" : v >= 0.93 ? ".93" : v >= 0.88 ? ".88" : v >= 0.8 ? ".8" : v >= 0.7 ? ".7"
                : v >= 0.5 ? ".5" : v > 0 ? ".0+" : "0";
    }
}
