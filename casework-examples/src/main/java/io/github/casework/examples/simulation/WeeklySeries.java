package io.github.casework.examples.simulation;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;

/**
 * A weekly time series of one run: one row per simulated week (week 0 starts on the first day), one column per
 * measure. Counts are of what happened in that week; {@code waiting_*} columns are the waiting-list lengths at the
 * end of the week. Immutable and thread-safe.
 */
public final class WeeklySeries {
  private final ImmutableList<String> columns;
  private final long[][] rows;

  WeeklySeries(ImmutableList<String> columns, long[][] rows) {
    this.columns = requireNonNull(columns, "columns");
    this.rows = new long[rows.length][];
    for (int w = 0; w < rows.length; w++) {
      if (rows[w].length != columns.size()) {
        throw new IllegalArgumentException("bug: week " + w + " has " + rows[w].length + " values");
      }
      this.rows[w] = rows[w].clone();
    }
  }

  /** {@return the column names, in output order} */
  public ImmutableList<String> columns() {
    return columns;
  }

  /** {@return the number of weeks} */
  public int weeks() {
    return rows.length;
  }

  /**
   * Returns one value.
   *
   * @param week the week, from 0
   * @param column a column name from {@link #columns()}, not null
   * @return the value
   * @throws IllegalArgumentException if the column is unknown
   * @throws IndexOutOfBoundsException if the week is out of range
   */
  public long value(int week, String column) {
    return rows[week][index(column)];
  }

  /**
   * Returns a whole column.
   *
   * @param column a column name, not null
   * @return the values by week, a copy
   * @throws IllegalArgumentException if the column is unknown
   */
  public long[] column(String column) {
    int c = index(column);
    long[] out = new long[rows.length];
    for (int w = 0; w < rows.length; w++) {
      out[w] = rows[w][c];
    }
    return out;
  }

  private int index(String column) {
    int c = columns.indexOf(requireNonNull(column, "column"));
    if (c < 0) {
      throw new IllegalArgumentException("no column " + column);
    }
    return c;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WeeklySeries other && columns.equals(other.columns) && Arrays.deepEquals(rows, other.rows);
  }

  @Override
  public int hashCode() {
    return columns.hashCode() * 31 + Arrays.deepHashCode(rows);
  }

  @Override
  public String toString() {
    return "WeeklySeries[weeks=" + rows.length + ", columns=" + columns + "]";
  }
}
