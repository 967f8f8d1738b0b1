package io.github.casework.store;

import io.github.casework.CaseworkException;
import java.sql.SQLException;

/**
 * Thrown when the database fails a statement or a connection ({@link StoreCodes#DATABASE_FAILED}), or is not one
 * the store supports ({@link StoreCodes#DATABASE_UNSUPPORTED}). The cause, where there is one, is the driver's
 * {@link SQLException}; the message names the operation, never the data.
 */
public final class StoreException extends CaseworkException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception without a cause.
   *
   * @param code a {@link StoreCodes} code, not null
   * @param message what failed, not null
   */
  public StoreException(String code, String message) {
    super(code, message);
  }

  /**
   * Creates a {@link StoreCodes#DATABASE_FAILED} exception for a driver's failure.
   *
   * @param cause the driver's exception, not null
   * @param operation what the store was doing, such as {@code append}, not null
   */
  public StoreException(SQLException cause, String operation) {
    super(StoreCodes.DATABASE_FAILED, "the database failed during " + operation + " (SQL state "
        + cause.getSQLState() + ")");
    initCause(cause);
  }
}
