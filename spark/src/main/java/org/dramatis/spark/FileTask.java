package org.dramatis.spark;

import java.io.Serializable;
import java.util.Objects;
import org.dramatis.ingest.GivenMetadata;

/**
 * One file for a Spark task to read and analyse, with what the user states about it (its manifest row,
 * {@code --published}); plain strings, so it travels to an executor as it is.
 *
 * @param index the file's place in the run, in input order; results are stored in this order
 * @param uri   the file's fully qualified Hadoop path ({@code file:/news/raid.html}, {@code hdfs://nn/news/raid.html})
 * @param name  the file's name, which names its documents and rejections
 */
record FileTask(int index, String uri, String name, String title, String outlet, String url, String published)
        implements Serializable {
    FileTask {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(name, () -> "name of " + uri);
    }

    static FileTask of(int index, String uri, String name, GivenMetadata given) {
        return new FileTask(index, uri, name, given.title(), given.outlet(), given.url(), given.published());
    }

    GivenMetadata given() {
        return new GivenMetadata(title, outlet, url, published);
    }
}
