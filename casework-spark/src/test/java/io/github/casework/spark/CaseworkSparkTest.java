package io.github.casework.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.casework.examples.sample.SampleCaseload;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The spark-submit entry point: exit codes, one-line errors and the output files. */
class CaseworkSparkTest {
  @TempDir
  Path dir;

  @Test
  void checkWritesTheFilesAndABadInputIsOneLineWithExitTwo() throws IOException {
    Path file = SparkCheckTest.write(SampleCaseload.generate(SampleCaseload.SEED), dir.resolve("sample.ndjson"));
    System.setProperty("spark.master", "local[2]");
    System.setProperty("spark.ui.enabled", "false");
    try {
      assertThat(CaseworkSpark.execute("check", "--at", "2026-12-15T09:00:00Z", "--out", dir.resolve("out")
          .toString(), file.toString())).isEqualTo(0);
      assertThat(Files.readAllLines(dir.resolve("out").resolve(FindingsOutput.NDJSON), StandardCharsets.UTF_8))
          .hasSizeGreaterThanOrEqualTo(17);
      assertThat(CaseworkSpark.execute("check", "--at", "not-an-instant", "--out", dir.toString(), file.toString()))
          .isEqualTo(2);
      assertThat(CaseworkSpark.execute("check", "--at", "2026-12-15T09:00:00Z", "--out", dir.toString(),
          dir.resolve("absent.ndjson").toString())).isEqualTo(2);
    } finally {
      System.clearProperty("spark.master");
      System.clearProperty("spark.ui.enabled");
    }
  }
}
