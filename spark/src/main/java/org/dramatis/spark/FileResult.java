package org.dramatis.spark;

import java.io.Serializable;
import java.util.List;
import org.dramatis.app.DocumentOutcome;

/**
 * What a Spark task made of one file: for each of its documents (several for a feed) the processed document or its
 * rejection, or only its name and hash when its content was stored before the run; or one rejection naming the file.
 */
record FileResult(FileTask task, List<Item> items) implements Serializable {
    FileResult {
        items = List.copyOf(items);
    }

    /**
     * One document of the file.
     *
     * @param outcome the processed document or its rejection; null when the store held its content before the run
     *                (it was not analysed)
     */
    record Item(String name, String sha256, DocumentOutcome outcome) implements Serializable {
    }
}
