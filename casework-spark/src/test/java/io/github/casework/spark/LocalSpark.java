package io.github.casework.spark;

import org.apache.spark.sql.SparkSession;

/** The tests' Spark session: local mode on two cores, no UI, few shuffle partitions. */
final class LocalSpark {
  private LocalSpark() {}

  static SparkSession session() {
    return SparkSession.builder().master("local[2]").appName("casework-test")
        .config("spark.ui.enabled", "false")
        .config("spark.serializer", SparkCheck.SERIALIZER)
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .getOrCreate();
  }
}
