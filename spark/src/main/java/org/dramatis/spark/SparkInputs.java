package org.dramatis.spark;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.dramatis.app.IngestOutcome;
import org.dramatis.app.IngestRequest;
import org.dramatis.ingest.GivenMetadata;

/**
 * Lists the files a run reads, on the driver, through Hadoop's file systems (local, HDFS, S3A, ...): globs expanded,
 * folders recursively in sorted order with hidden files and folders skipped, each file once, as
 * {@link org.dramatis.ingest.InputCollector} does for in-process ingest, so both runs read the same files in the same
 * order. A manifest names local files; its rows give those files what the user states about them.
 */
final class SparkInputs {
    private final Configuration hadoop;

    SparkInputs(Configuration hadoop) {
        this.hadoop = hadoop;
    }

    /**
     * @param tasks    the files to read, in input order
     * @param problems inputs that name nothing readable, and the manifest's unusable rows, each a rejection
     */
    record Listed(List<FileTask> tasks, List<IngestOutcome> problems) {
        Listed {
            tasks = List.copyOf(tasks);
            problems = List.copyOf(problems);
        }
    }

    /**
     * @param inputs   files, folders or globs as Hadoop paths ({@code examples/articles}, {@code hdfs://nn/news/*.html})
     * @param request  the manifest's files, rows and refused rows (its inputs are added to {@code inputs})
     * @param defaults what is stated about a file no manifest row names ({@code --published})
     */
    Listed list(List<String> inputs, IngestRequest request, GivenMetadata defaults) {
        List<String> all = new ArrayList<>(inputs);
        request.inputs().forEach(p -> all.add(p.toAbsolutePath().toUri().toString()));
        List<IngestOutcome> problems = new ArrayList<>(request.rejected());
        Set<String> seen = new LinkedHashSet<>();
        List<FileTask> tasks = new ArrayList<>();
        for (String input : all) {
            try {
                for (Path file : expand(input)) {
                    java.nio.file.Path local = local(file);
                    if (seen.add(file.toString()) && (local == null || request.reads(local))) {
                        GivenMetadata given = local == null ? defaults : request.given().apply(local);
                        tasks.add(FileTask.of(tasks.size(), file.toString(), file.getName(), given));
                    }
                }
            } catch (IOException | IllegalArgumentException e) {
                problems.add(new IngestOutcome.Rejected(null, input, "UNREADABLE", e.getMessage()));
            }
        }
        return new Listed(tasks, problems);
    }

    /** The files an input names, in sorted order; an input that matches nothing is an error naming it. */
    private List<Path> expand(String input) throws IOException {
        Path path = new Path(input);
        FileSystem fs = path.getFileSystem(hadoop);
        FileStatus[] matches = fs.globStatus(fs.makeQualified(path));
        if (matches == null || matches.length == 0) {
            throw new IOException("no such file or directory");
        }
        List<Path> files = new ArrayList<>();
        for (FileStatus match : matches) {
            if (match.isDirectory()) {
                files.addAll(walk(fs, match.getPath()));
            } else {
                files.add(match.getPath());
            }
        }
        return files;
    }

    private static List<Path> walk(FileSystem fs, Path root) throws IOException {
        List<Path> found = new ArrayList<>();
        int depth = root.depth();
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(root, true);
        while (it.hasNext()) {
            Path p = it.next().getPath();
            if (!hidden(p, depth)) {
                found.add(p);
            }
        }
        found.sort(null);
        return found;
    }

    /** Whether the file or a folder between it and the root named has a name starting with a dot. */
    private static boolean hidden(Path p, int rootDepth) {
        for (Path q = p; q != null && q.depth() > rootDepth; q = q.getParent()) {
            if (q.getName().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /** The file as a local path when it is on the local file system, else null. */
    static java.nio.file.Path local(Path file) {
        URI uri = file.toUri();
        return "file".equals(uri.getScheme()) ? java.nio.file.Path.of(uri) : null;
    }
}
