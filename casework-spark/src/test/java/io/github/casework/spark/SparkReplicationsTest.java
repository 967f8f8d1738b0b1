package io.github.casework.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.casework.examples.simulation.ProgressListener;
import io.github.casework.examples.simulation.Simulation;
import io.github.casework.examples.simulation.SimulationConfig;
import io.github.casework.examples.simulation.SimulationResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Replications as Spark tasks draw the same streams as on one machine: the files are byte-identical. */
class SparkReplicationsTest {
  @TempDir
  Path dir;

  @Test
  void twentyReplicationsOnSparkWriteTheFilesOfOneMachineByteForByte() throws IOException {
    SimulationConfig config = SimulationConfig.defaults();
    SimulationResult local = Simulation.run(config, 2027, 1, 20, dir.resolve("local"), ProgressListener.NONE);
    SparkSession spark = LocalSpark.session();
    try {
      SparkReplications.run(spark, config, 2027, 1, 20).write(dir.resolve("spark"));
    } finally {
      spark.stop();
    }
    List<String> names;
    try (Stream<Path> files = Files.list(dir.resolve("local"))) {
      names = files.map(p -> p.getFileName().toString()).sorted().toList();
    }
    assertThat(names).contains("summary.csv", "summary.json");
    for (String name : names) {
      assertThat(Files.readAllBytes(dir.resolve("spark").resolve(name))).as(name)
          .isEqualTo(Files.readAllBytes(dir.resolve("local").resolve(name)));
    }
    // Another seed gives other summaries, so equal bytes are not equal by accident.
    Simulation.run(config, 2028, 1, 20, dir.resolve("other"), ProgressListener.NONE);
    assertThat(Files.readAllBytes(dir.resolve("other").resolve("summary.csv")))
        .isNotEqualTo(Files.readAllBytes(dir.resolve("local").resolve("summary.csv")));
    assertThat(local.replications()).isEqualTo(20);
  }
}
