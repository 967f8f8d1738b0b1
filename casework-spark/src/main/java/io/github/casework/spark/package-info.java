/**
 * The caseload check and simulation replications on Apache Spark, for caseloads and parameter sweeps that do not fit
 * one machine: {@link io.github.casework.spark.SparkCheck} reads {@code caseload-events} NDJSON files, checks each
 * client's part of the caseload in parallel and the caseload-wide rules once, and gives the findings the
 * single-machine {@link io.github.casework.check.CaseloadCheck} gives, in the same order;
 * {@link io.github.casework.spark.SparkReplications} runs the simulation's replications as Spark tasks and gives the
 * result {@code casework simulate} gives. {@link io.github.casework.spark.CaseworkSpark} is the
 * {@code spark-submit} entry point.
 */
@NullMarked
package io.github.casework.spark;

import org.jspecify.annotations.NullMarked;
