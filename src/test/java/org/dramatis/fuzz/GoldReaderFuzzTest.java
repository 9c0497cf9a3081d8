package org.dramatis.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dramatis.eval.GoldReader;
import org.dramatis.model.DramatisException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** A broken gold file is a user error: it must come back as a {@link DramatisException} naming the file, nothing else. */
class GoldReaderFuzzTest {
    private static Path dir;

    @BeforeAll
    static void createDir() throws IOException {
        dir = Files.createTempDirectory("dramatis-gold-fuzz");
    }

    @AfterAll
    static void deleteDir() throws IOException {
        Files.deleteIfExists(dir.resolve("gold.json"));
        Files.deleteIfExists(dir);
    }

    @FuzzTest(maxDuration = "30s")
    void read_failsOnlyWithDramatisException(byte[] bytes) throws IOException {
        Path file = dir.resolve("gold.json");
        Files.write(file, bytes);
        try {
            GoldReader.read(file);
        } catch (DramatisException expected) {
            // the only allowed failure
        }
    }
}
