package org.dramatis.cli;

import java.util.function.Function;
import org.dramatis.app.Config;
import org.dramatis.app.Dramatis;
import picocli.CommandLine.Command;

@Command(name = "dramatis", mixinStandardHelpOptions = true, scope = picocli.CommandLine.ScopeType.INHERIT,
        version = "Dramatis 0.1.0",
        description = "The cast and the plot: a cited graph of political actors, posts, alignments and events from news articles.",
        footer = {"%nIngest on Apache Spark: ./dramatis spark-ingest --master 'local[2]' --data DIR PATH... (module spark/;"
                + " `./dramatis spark-ingest --help`)"},
        subcommands = {DemoCommand.class, IngestCommand.class, ServeCommand.class, ExportCommand.class, EvalCommand.class,
                StatsCommand.class, PostsCommand.class, LexiconCommand.class, CorpusCommand.class, GenerateCommand.class,
                BenchCommand.class, TrainCommand.class, RulesCommand.class, MigrateCommand.class, UsersCommand.class, picocli.CommandLine.HelpCommand.class})
public final class DramatisCommand {
    private final Function<Config, Dramatis> opener;

    /** @param opener opens a data directory; tests pass one that shares a single NLP pipeline */
    DramatisCommand(Function<Config, Dramatis> opener) {
        this.opener = opener;
    }

    Dramatis open(Config config) {
        return opener.apply(config);
    }
}
