package org.dramatis.cli;

import picocli.CommandLine.Command;

/** {@code dramatis corpus ...}: the annotated training corpus. None of these commands loads CoreNLP. */
@Command(name = "corpus", description = "Check, count, compare and export the span-annotated training corpus"
        + " (docs/annotation.md). Fast: no language models are loaded.",
        subcommands = {CorpusCheckCommand.class, CorpusStatsCommand.class, CorpusAgreeCommand.class,
                CorpusGoldCommand.class, picocli.CommandLine.HelpCommand.class},
        footerHeading = "%nExamples:%n", footer = {"  dramatis corpus check", "  dramatis corpus stats", "  dramatis corpus gold corpus/dev --out /tmp/dev-gold.json",
                "  dramatis corpus check corpus/train/libya/a01-cbl-standoff.ann.jsonl"})
final class CorpusCommand {
}
