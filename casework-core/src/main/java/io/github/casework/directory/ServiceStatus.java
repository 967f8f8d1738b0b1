package io.github.casework.directory;

import io.github.casework.InvalidValueException;

/**
 * Whether a service in the directory takes clients, after the status values of Open Referral's HSDS 3.1 service
 * (active, inactive, defunct, temporarily closed; defunct is read as inactive). Each value has a stable lower-case
 * {@link #code()}.
 */
public enum ServiceStatus {
  /** The service takes clients. */
  ACTIVE("active"),
  /** The service does not take clients and is not expected to again. */
  INACTIVE("inactive"),
  /** The service is closed for now (a capacity gap for clients it would take, not a regulatory one). */
  TEMPORARILY_CLOSED("temporarily-closed");

  private final String code;

  ServiceStatus(String code) {
    this.code = code;
  }

  /** {@return the stable lower-case code, such as {@code temporarily-closed}} */
  public String code() {
    return code;
  }

  /**
   * Returns the status with this code.
   *
   * @param code a code from {@link #code()}, not null
   * @return the status
   * @throws InvalidValueException with {@link DirectoryCodes#UNKNOWN_CODE} if no status has this code
   */
  public static ServiceStatus ofCode(String code) {
    return CodeLookup.of(values(), ServiceStatus::code, "ServiceStatus.code", code);
  }
}
