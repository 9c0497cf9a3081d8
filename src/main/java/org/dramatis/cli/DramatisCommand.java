package org.dramatis.cli;

import picocli.CommandLine.Command;

@Command(name = "dramatis", mixinStandardHelpOptions = true, version = "Dramatis 0.1.0",
        description = "The cast and the plot: a cited graph of political actors, posts, alignments and events from news articles.",
        subcommands = {DemoCommand.class, IngestCommand.class, ServeCommand.class, ExportCommand.class, EvalCommand.class,
                StatsCommand.class, PostsCommand.class, picocli.CommandLine.HelpCommand.class})
public final class DramatisCommand {
}
