package org.dramatis.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dramatis.resolve.TestDocs.doc;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dramatis.model.ActorType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntityResolverTest {
    static EntityResolver resolver(Decision... decisions) {
        return new EntityResolver(TestDocs.KEYS, TestDocs.GLOSSARY, AliasTable.empty(), List.of(decisions));
    }

    static List<Assignment> add(EntityResolver r, TestDocs.Doc d) {
        return r.add(d.id(), d.clusters(), d.byIndex());
    }

    static ResolvedEntity holding(EntityResolver r, String surface) {
        return r.entities().stream().filter(e -> e.names().containsKey(surface)).findFirst().orElseThrow();
    }

    static boolean together(EntityResolver r, String a, String b) {
        return holding(r, a).id() == holding(r, b).id();
    }

    @Test
    void resolve_mergesTransliteratedSpellingsAcrossDocuments() {
        EntityResolver r = resolver();
        add(r, doc(1, "Omar al-Nadhimi spoke.", "Omar al-Nadhimi/PERSON"));
        List<Assignment> a = add(r, doc(2, "Omar Nazemi answered. Nazimi left.", "Omar Nazemi/PERSON", "Nazimi/PERSON"));
        assertThat(r.entities()).hasSize(1);
        assertThat(a.get(0).reasons()).anyMatch(s -> s.contains("transliteration key"));
        assertThat(r.entities().get(0).names()).containsKeys("Omar al-Nadhimi", "Omar Nazemi", "Nazimi");
        assertThat(r.entities().get(0).documents()).containsExactly(1L, 2L);
    }

    @Test
    void resolve_oneAcronymWrittenForTwoGroupsNamesNeitherForTheOther() {
        EntityResolver r = resolver();
        add(r, doc(1, "Fighting pitted the Eastern Rifle Column (ERC) against the Elite Reserve Corps (ERC).",
                "Eastern Rifle Column/ORGANIZATION", "ERC/ORGANIZATION", "Elite Reserve Corps/ORGANIZATION", "ERC/ORGANIZATION"));
        assertThat(together(r, "Eastern Rifle Column", "Elite Reserve Corps")).isFalse();
        // Across articles too: another article's ERC spelt out as the column is the column.
        add(r, doc(2, "The Eastern Rifle Column (ERC) withdrew.", "Eastern Rifle Column/ORGANIZATION", "ERC/ORGANIZATION"));
        assertThat(holding(r, "Eastern Rifle Column").documents()).containsExactly(1L, 2L);
        assertThat(together(r, "Eastern Rifle Column", "Elite Reserve Corps")).isFalse();
    }

    @Test
    void resolve_joinsBareSurnameToTheOnlyFullNameOwner() {
        EntityResolver r = resolver();
        add(r, doc(1, "Omar al-Nadhimi spoke.", "Omar al-Nadhimi/PERSON"));
        add(r, doc(2, "Al-Nazimi answered.", "Al-Nazimi/PERSON"));
        assertThat(together(r, "Omar al-Nadhimi", "Al-Nazimi")).isTrue();
    }

    @Test
    void resolve_bareSurnameSeenFirstJoinsALaterFullName() {
        EntityResolver r = resolver();
        add(r, doc(1, "Nazimi spoke.", "Nazimi/PERSON"));
        add(r, doc(2, "Omar al-Nadhimi answered.", "Omar al-Nadhimi/PERSON"));
        assertThat(r.entities()).singleElement().satisfies(e -> assertThat(e.documents()).containsExactly(1L, 2L));
    }

    @Test
    void resolve_aNameAfterATitleThatNamesByGivenNameIsNoSurnameOfAnotherFullName() {
        // A king is named by his given name: "King Nazimi" is not the surname of Omar al-Nadhimi, in either order.
        EntityResolver later = resolver();
        add(later, doc(1, "King Nazimi sent his congratulations.", "Nazimi/PERSON"));
        add(later, doc(2, "Omar al-Nadhimi answered.", "Omar al-Nadhimi/PERSON"));
        assertThat(together(later, "Nazimi", "Omar al-Nadhimi")).isFalse();
        assertThat(holding(later, "Nazimi").reasons()).anyMatch(x -> x.contains("names a person by a given name"));
        EntityResolver earlier = resolver();
        add(earlier, doc(1, "Omar al-Nadhimi answered.", "Omar al-Nadhimi/PERSON"));
        List<Assignment> a = add(earlier, doc(2, "King Nazimi sent his congratulations.", "Nazimi/PERSON"));
        assertThat(together(earlier, "Nazimi", "Omar al-Nadhimi")).isFalse();
        assertThat(a.get(0).reasons()).anyMatch(x -> x.contains("follows a title that names a person by a given name"));
        // After a title that names no one by a given name, the bare surname still joins.
        EntityResolver doctor = resolver();
        add(doctor, doc(1, "Dr. Nazimi spoke.", "Nazimi/PERSON"));
        add(doctor, doc(2, "Omar al-Nadhimi answered.", "Omar al-Nadhimi/PERSON"));
        assertThat(together(doctor, "Nazimi", "Omar al-Nadhimi")).isTrue();
    }

    @Test
    void resolve_aNameWrittenWithinAnotherInOrder_joinsIt_butNotAFathersNameWithinHisSons() {
        // "Tariq Vessar" is the short name of "Tariq Ahmed Vessar Nialo", in either order of the documents
        EntityResolver r = resolver();
        add(r, doc(1, "Tariq Vessar spoke.", "Tariq Vessar/PERSON"));
        add(r, doc(2, "Tariq Ahmed Vessar Nialo answered.", "Tariq Ahmed Vessar Nialo/PERSON"));
        assertThat(together(r, "Tariq Vessar", "Tariq Ahmed Vessar Nialo")).isTrue();
        EntityResolver reverse = resolver();
        add(reverse, doc(1, "Tariq Ahmed Vessar Nialo answered.", "Tariq Ahmed Vessar Nialo/PERSON"));
        add(reverse, doc(2, "Tariq Vessar spoke.", "Tariq Vessar/PERSON"));
        assertThat(together(reverse, "Tariq Vessar", "Tariq Ahmed Vessar Nialo")).isTrue();
        // a son named after his father: "Vessar Nialo" within "Hamid Vessar Nialo" starts with another given name
        EntityResolver family = resolver();
        add(family, doc(1, "Vessar Nialo spoke.", "Vessar Nialo/PERSON"));
        add(family, doc(2, "Hamid Vessar Nialo answered.", "Hamid Vessar Nialo/PERSON"));
        assertThat(together(family, "Vessar Nialo", "Hamid Vessar Nialo")).isFalse();
        // a daughter named after her father: "Tomo Vessar" opens "Tomo Vessar Kyi Lin" unbroken
        EntityResolver daughter = resolver();
        add(daughter, doc(1, "Tomo Vessar Kyi Lin spoke.", "Tomo Vessar Kyi Lin/PERSON"));
        add(daughter, doc(2, "Her father Tomo Vessar founded the army.", "Tomo Vessar/PERSON"));
        assertThat(together(daughter, "Tomo Vessar", "Tomo Vessar Kyi Lin")).isFalse();
        // two longer names hold it: it stays apart from both
        EntityResolver two = resolver();
        add(two, doc(1, "Tariq Ahmed Vessar Nialo answered.", "Tariq Ahmed Vessar Nialo/PERSON"));
        add(two, doc(2, "Tariq Salim Vessar Dorani answered.", "Tariq Salim Vessar Dorani/PERSON"));
        add(two, doc(3, "Tariq Vessar spoke.", "Tariq Vessar/PERSON"));
        assertThat(together(two, "Tariq Vessar", "Tariq Ahmed Vessar Nialo")).isFalse();
        assertThat(together(two, "Tariq Vessar", "Tariq Salim Vessar Dorani")).isFalse();
    }

    @Test
    void resolve_keepsSharedFirstNameApart() {
        EntityResolver r = resolver();
        add(r, doc(1, "Abdel Karim Hassoun spoke.", "Abdel Karim Hassoun/PERSON"));
        add(r, doc(2, "Abdul-Karim Jabbar answered.", "Abdul-Karim Jabbar/PERSON"));
        assertThat(r.entities()).hasSize(2);
    }

    @Test
    void resolve_keepsSharedFamilyNameWithDifferentGivenNamesApart() {
        EntityResolver r = resolver();
        add(r, doc(1, "Salim al-Harbawi spoke.", "Salim al-Harbawi/PERSON"));
        add(r, doc(2, "Tariq al-Harbawi answered.", "Tariq al-Harbawi/PERSON"));
        assertThat(r.entities()).hasSize(2);
    }

    @Test
    void resolve_leavesAmbiguousBareSurnameSeparate() {
        EntityResolver r = resolver();
        add(r, doc(1, "Salim al-Harbawi spoke.", "Salim al-Harbawi/PERSON"));
        add(r, doc(2, "Tariq al-Harbawi answered.", "Tariq al-Harbawi/PERSON"));
        List<Assignment> a = add(r, doc(3, "Al-Harbawi denied it.", "Al-Harbawi/PERSON"));
        assertThat(r.entities()).hasSize(3);
        assertThat(a.get(0).reasons()).anyMatch(s -> s.contains("ambiguous"));
    }

    @Test
    void resolve_bareSurnameOfManyFullNamesStaysSeparateAndTheNoteNamesTheFirstFew() {
        EntityResolver r = resolver();
        add(r, doc(1, "Salim al-Harbawi spoke.", "Salim al-Harbawi/PERSON"));
        add(r, doc(2, "Tariq al-Harbawi answered.", "Tariq al-Harbawi/PERSON"));
        add(r, doc(3, "Nuri al-Harbawi left.", "Nuri al-Harbawi/PERSON"));
        add(r, doc(4, "Kamil al-Harbawi stayed.", "Kamil al-Harbawi/PERSON"));
        List<Assignment> a = add(r, doc(5, "Al-Harbawi denied it.", "Al-Harbawi/PERSON"));
        assertThat(r.entities()).hasSize(5);
        assertThat(a.get(0).reasons()).anyMatch(s -> s.contains("surname of 3 or more entities"));
    }

    @Test
    void resolve_doesNotMatchOnAGenericWord() {
        EntityResolver r = resolver();
        add(r, doc(1, "The Ministry said so.", "Ministry/ORGANIZATION"));
        add(r, doc(2, "The Ministry denied it.", "Ministry/ORGANIZATION"));
        assertThat(r.entities()).hasSize(2);
    }

    @Test
    void resolve_doesNotJoinOrganizationsOnOneSharedWord() {
        EntityResolver r = resolver();
        add(r, doc(1, "Kataib Zulfiqar attacked.", "Kataib Zulfiqar/ORGANIZATION"));
        add(r, doc(2, "The Zulfiqar Party won seats.", "Zulfiqar Party/ORGANIZATION"));
        assertThat(r.entities()).hasSize(2);
    }

    @Test
    void resolve_bareNameHeldBySeveralEntitiesIsNotEnough() {
        EntityResolver r = resolver();
        add(r, doc(1, "Kataib Zulfiqar attacked. Zulfiqar denied it.", "Kataib Zulfiqar/ORGANIZATION", "Zulfiqar/ORGANIZATION"));
        add(r, doc(2, "Jaysh Zulfiqar marched. Zulfiqar grew.", "Jaysh Zulfiqar/ORGANIZATION", "Zulfiqar/ORGANIZATION"));
        int before = r.entities().size();
        add(r, doc(3, "Zulfiqar issued a statement.", "Zulfiqar/ORGANIZATION"));
        assertThat(before).isEqualTo(2);
        assertThat(r.entities()).hasSize(3);
    }

    @Test
    void resolve_breaksATieByCoMentionedEntities() {
        EntityResolver r = resolver();
        add(r, doc(1, "Kataib Zulfiqar attacked. Zulfiqar denied it. Omar Nazemi and Karim Fadil condemned it.",
                "Kataib Zulfiqar/ORGANIZATION", "Zulfiqar/ORGANIZATION", "Omar Nazemi/PERSON", "Karim Fadil/PERSON"));
        add(r, doc(2, "Jaysh Zulfiqar marched. Zulfiqar grew.", "Jaysh Zulfiqar/ORGANIZATION", "Zulfiqar/ORGANIZATION"));
        List<Assignment> a = add(r, doc(3, "Omar Nazemi and Karim Fadil blamed Zulfiqar.",
                "Omar Nazemi/PERSON", "Karim Fadil/PERSON", "Zulfiqar/ORGANIZATION"));
        assertThat(a.get(2).entityId()).isEqualTo(holding(r, "Kataib Zulfiqar").id());
        assertThat(a.get(2).reasons()).anyMatch(s -> s.startsWith("2 shared co-mentioned entities"));
    }

    @Test
    void resolve_neverMergesPersonWithOrganization() {
        EntityResolver r = resolver();
        add(r, doc(1, "Karim Nahrawan spoke.", "Karim Nahrawan/PERSON"));
        add(r, doc(2, "The Karim Nahrawan Foundation opened.", "Karim Nahrawan/ORGANIZATION"));
        assertThat(r.entities()).extracting(ResolvedEntity::type).containsExactlyInAnyOrder(ActorType.PERSON, ActorType.ORGANIZATION);
    }

    @Test
    void resolve_joinsAcronymAndGlossaryTranslationAcrossDocuments() {
        EntityResolver r = resolver();
        add(r, doc(1, "The Northern Shield Corps withdrew.", "Northern Shield Corps/ORGANIZATION"));
        List<Assignment> a = add(r, doc(2, "NSC denied losses.", "NSC/ORGANIZATION"));
        assertThat(a.get(0).reasons()).anyMatch(s -> s.startsWith("acronym NSC"));
        add(r, doc(3, "Kataib al-Nasr claimed it.", "Kataib al-Nasr/ORGANIZATION"));
        List<Assignment> b = add(r, doc(4, "The Victory Brigades denied it.", "Victory Brigades/ORGANIZATION"));
        assertThat(b.get(0).reasons()).anyMatch(s -> s.startsWith("glossary") && s.contains("kataib=brigades"));
        assertThat(r.entities()).hasSize(2);
    }

    @Test
    void resolve_joinsPopularCrowdAndHashdConcept() {
        EntityResolver r = resolver();
        add(r, doc(1, "The Popular Mobilisation Forces deployed.", "Popular Mobilisation Forces/ORGANIZATION"));
        add(r, doc(2, "Hashd al-Shaabi units deployed.", "Hashd al-Shaabi/ORGANIZATION"));
        add(r, doc(3, "The popular crowd fighters deployed.", "popular crowd/ORGANIZATION"));
        assertThat(r.entities()).hasSize(1);
    }

    @Test
    void resolve_aliasTableForcesJoin(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("aliases.csv");
        Files.writeString(csv, "Omar al-Nadhimi,Abu Layla,Person\n");
        EntityResolver r = new EntityResolver(TestDocs.KEYS, TestDocs.GLOSSARY, AliasTable.load(csv, TestDocs.KEYS), List.of());
        add(r, doc(1, "Omar al-Nadhimi spoke.", "Omar al-Nadhimi/PERSON"));
        add(r, doc(2, "Abou Layla answered.", "Abou Layla/PERSON"));
        assertThat(r.entities()).hasSize(1);
    }

    @Test
    void decisions_sameJoinsAndLaterNotSameWins() {
        EntityResolver same = resolver(new Decision(1, Decision.Kind.SAME, "Omar al-Nadhimi", "Abu Layla", null));
        add(same, doc(1, "Omar al-Nadhimi spoke.", "Omar al-Nadhimi/PERSON"));
        add(same, doc(2, "Abu Layla answered.", "Abu Layla/PERSON"));
        assertThat(same.entities()).hasSize(1);

        EntityResolver undone = resolver(new Decision(1, Decision.Kind.SAME, "Omar al-Nadhimi", "Abu Layla", null),
                new Decision(2, Decision.Kind.NOT_SAME, "Abu Layla", "Omar al-Nadhimi", null));
        add(undone, doc(1, "Omar al-Nadhimi spoke.", "Omar al-Nadhimi/PERSON"));
        add(undone, doc(2, "Abu Layla answered.", "Abu Layla/PERSON"));
        assertThat(undone.entities()).hasSize(2);
    }

    @Test
    void decisions_notSameBeatsAutomaticRulesAndLaterSameOverridesIt() {
        TestDocs.Doc d1 = doc(1, "Omar al-Nadhimi spoke.", "Omar al-Nadhimi/PERSON");
        TestDocs.Doc d2 = doc(2, "Nazimi answered. Omar Nazimi agreed.", "Nazimi/PERSON", "Omar Nazimi/PERSON");
        EntityResolver apart = resolver(new Decision(5, Decision.Kind.NOT_SAME, "Omar al-Nadhimi", "Nazimi", null));
        add(apart, d1);
        add(apart, d2);
        assertThat(apart.entities()).noneMatch(e -> e.names().containsKey("Omar al-Nadhimi") && e.names().containsKey("Nazimi"));

        EntityResolver back = resolver(new Decision(5, Decision.Kind.NOT_SAME, "Omar al-Nadhimi", "Nazimi", null),
                new Decision(6, Decision.Kind.SAME, "Nazimi", "Omar al-Nadhimi", null));
        add(back, d1);
        add(back, d2);
        assertThat(together(back, "Omar al-Nadhimi", "Nazimi")).isTrue();
    }

    @Test
    void decisions_renameAndRetype() {
        EntityResolver r = resolver(new Decision(1, Decision.Kind.RENAME, "Omar Nazemi", null, "Omar Nadhimi (the elder)"),
                new Decision(2, Decision.Kind.RETYPE, "Valdoria", null, "Country"));
        add(r, doc(1, "Omar al-Nadhimi spoke in Valdoria.", "Omar al-Nadhimi/PERSON", "Valdoria/LOCATION"));
        assertThat(holding(r, "Omar al-Nadhimi").name()).isEqualTo("Omar Nadhimi (the elder)");
        assertThat(holding(r, "Valdoria").type()).isEqualTo(ActorType.COUNTRY);
    }

    @Test
    void seed_continuesFromAPreviousStateWithHigherIds() {
        EntityResolver first = resolver();
        add(first, doc(1, "Omar al-Nadhimi spoke. Kataib al-Nasr fired.", "Omar al-Nadhimi/PERSON", "Kataib al-Nasr/ORGANIZATION"));
        EntityResolver next = resolver();
        next.seed(first.entities());
        List<Assignment> a = add(next, doc(2, "Nazemi and the Victory Brigades met Karim Fadil.",
                "Nazemi/PERSON", "Victory Brigades/ORGANIZATION", "Karim Fadil/PERSON"));
        assertThat(a).extracting(Assignment::entityId).containsExactly(1L, 2L, 3L);
    }

    @Test
    void incrementalAdd_equalsRebuild() {
        List<TestDocs.Doc> docs = List.of(
                doc(1, "Omar al-Nadhimi met Salim al-Harbawi. Kataib al-Nasr (KaN) fired.", "Omar al-Nadhimi/PERSON",
                        "Salim al-Harbawi/PERSON", "Kataib al-Nasr/ORGANIZATION", "KaN/ORGANIZATION"),
                doc(2, "Nazemi and Tariq al-Harbawi met. Victory Brigades fired.", "Nazemi/PERSON", "Tariq al-Harbawi/PERSON",
                        "Victory Brigades/ORGANIZATION"),
                doc(3, "Al-Harbawi and KaN spoke.", "Al-Harbawi/PERSON", "KaN/ORGANIZATION"));
        EntityResolver incremental = resolver();
        List<Assignment> stepwise = new ArrayList<>();
        for (TestDocs.Doc d : docs) {
            EntityResolver next = resolver();
            next.seed(incremental.entities());
            stepwise.addAll(add(next, d));
            incremental = next;
        }
        EntityResolver fresh = resolver();
        List<Assignment> rebuilt = fresh.rebuild(docs.stream().map(TestDocs.Doc::clustered).toList());
        assertThat(incremental.entities()).isEqualTo(fresh.entities());
        assertThat(stepwise).extracting(Assignment::entityId).isEqualTo(rebuilt.stream().map(Assignment::entityId).toList());
        assertThat(fresh.entities()).hasSize(5);
    }

    @Test
    void resolve_joinsAnAcronymOfANamePlusThePlacesItsArticleNames() {
        EntityResolver r = resolver();
        add(r, doc(1, "The RFVN seized towns in Veltoria and Norland.", "RFVN/ORGANIZATION", "Veltoria/COUNTRY", "Norland/COUNTRY"));
        add(r, doc(2, "The national guard and the Red Flag group clashed.", "national guard/ORGANIZATION", "Red Flag group/ORGANIZATION"));
        assertThat(together(r, "RFVN", "Red Flag group")).isTrue();
        assertThat(together(r, "RFVN", "national guard")).isFalse();
    }

    @Test
    void resolve_leavesAnAcronymAloneWithoutThePlaces() {
        EntityResolver r = resolver();
        add(r, doc(1, "The RFVN seized towns.", "RFVN/ORGANIZATION"));
        add(r, doc(2, "The Red Flag clashed.", "Red Flag/ORGANIZATION"));
        assertThat(together(r, "RFVN", "Red Flag")).isFalse();
    }

    @Test
    void resolve_capitalizedHeadWordKeepsANameFromAnotherAcronymsStem() {
        // "OKLB" next to Bremora gives the stem "okl"; "Orsan Kelit Lamu Front" has initials "oklf", and its capitalized
        // "Front" is part of the name, so it is not "okl" + a place: two groups that happen to share opening letters.
        EntityResolver r = resolver();
        add(r, doc(1, "The OKLB shelled a depot in Bremora.", "OKLB/ORGANIZATION", "Bremora/COUNTRY"));
        add(r, doc(2, "The Orsan Kelit Lamu Front denied it.", "Orsan Kelit Lamu Front/ORGANIZATION"));
        assertThat(together(r, "OKLB", "Orsan Kelit Lamu Front")).isFalse();
        add(r, doc(3, "The Orsan Kelit Lamu group denied it.", "Orsan Kelit Lamu group/ORGANIZATION"));
        assertThat(together(r, "OKLB", "Orsan Kelit Lamu group")).isTrue();
    }

    @Test
    void resolve_countryAliasDoesNotLendItsSkeletonToAnAmbiguousBareSurname() {
        AliasTable countries = AliasTable.of(List.of(new AliasTable.Alias("Tarun", "Taruni", ActorType.COUNTRY)), TestDocs.KEYS);
        EntityResolver r = new EntityResolver(TestDocs.KEYS, TestDocs.GLOSSARY, countries, List.of());
        add(r, doc(1, "Envoys from Tarun arrived.", "Tarun/COUNTRY"));
        add(r, doc(2, "Hadi Terrin spoke first. Terrin then left the hall.", "Hadi Terrin/PERSON", "Terrin/PERSON"));
        add(r, doc(3, "Sami Terrin, a cousin, stayed home.", "Sami Terrin/PERSON"));
        List<Assignment> a = add(r, doc(4, "Terrin denied everything.", "Terrin/PERSON"));

        assertThat(a.get(0).reasons()).noneMatch(s -> s.contains("alias table"));
        assertThat(r.entities().stream().filter(e -> e.names().containsKey("Terrin")).toList()).hasSize(2);
        assertThat(holding(r, "Tarun").names()).containsOnlyKeys("Tarun");
    }

    @Test
    void decisions_twoSpellingsOfOneKeyCanBeToldApart_andTheOthersStayWithTheirActor() {
        TestDocs.Doc d1 = doc(1, "Mustafa al-Kadhimi spoke. Kadhimi left.", "Mustafa al-Kadhimi/PERSON", "Kadhimi/PERSON");
        TestDocs.Doc d2 = doc(2, "Kazemi answered.", "Kazemi/PERSON");
        TestDocs.Doc d3 = doc(3, "Kadhimi agreed, and so did Kazemi.", "Kadhimi/PERSON", "Kazemi/PERSON");
        EntityResolver automatic = resolver();
        for (TestDocs.Doc d : List.of(d1, d2, d3)) {
            add(automatic, d);
        }
        assertThat(together(automatic, "Kazemi", "Kadhimi")).as("one transliteration key").isTrue();

        EntityResolver split = resolver(new Decision(1, Decision.Kind.NOT_SAME, "Kazemi", "Mustafa al-Kadhimi", null),
                new Decision(2, Decision.Kind.NOT_SAME, "Kazemi", "Kadhimi", null));
        for (TestDocs.Doc d : List.of(d1, d2, d3)) {
            add(split, d);
        }
        assertThat(together(split, "Kazemi", "Kadhimi")).isFalse();
        assertThat(together(split, "Kazemi", "Mustafa al-Kadhimi")).isFalse();
        assertThat(together(split, "Kadhimi", "Mustafa al-Kadhimi")).isTrue();
    }
}
