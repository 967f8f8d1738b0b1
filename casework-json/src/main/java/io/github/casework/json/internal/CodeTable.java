package io.github.casework.json.internal;

import com.google.common.collect.ImmutableMap;
import io.github.casework.casefile.CaseStatus;
import io.github.casework.casefile.ClosureReason;
import io.github.casework.casefile.LifeDomain;
import io.github.casework.casefile.UnmetReason;
import io.github.casework.casefile.Urgency;
import io.github.casework.party.AgencyKind;
import io.github.casework.party.Role;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The stable lower-case codes of one enum, both ways. The wire format writes an enum constant as its
 * {@code code()}, never as its Java name. Immutable and thread-safe.
 *
 * @param <E> the enum
 */
public final class CodeTable<E extends Enum<E>> {
  /** Life domains. */
  public static final CodeTable<LifeDomain> LIFE_DOMAIN = of(LifeDomain.class, LifeDomain::code, "life domain");
  /** Urgencies. */
  public static final CodeTable<Urgency> URGENCY = of(Urgency.class, Urgency::code, "urgency");
  /** Case statuses. */
  public static final CodeTable<CaseStatus> CASE_STATUS = of(CaseStatus.class, CaseStatus::code, "case status");
  /** Closure reasons. */
  public static final CodeTable<ClosureReason> CLOSURE_REASON =
      of(ClosureReason.class, ClosureReason::code, "closure reason");
  /** Reasons a need is unmet. */
  public static final CodeTable<UnmetReason> UNMET_REASON = of(UnmetReason.class, UnmetReason::code, "unmet reason");
  /** Agency kinds. */
  public static final CodeTable<AgencyKind> AGENCY_KIND = of(AgencyKind.class, AgencyKind::code, "agency kind");
  /** Roles. */
  public static final CodeTable<Role> ROLE = of(Role.class, Role::code, "role");

  private final Class<E> type;
  private final String description;
  private final ImmutableMap<String, E> byCode;
  private final Map<E, String> codes;

  private CodeTable(Class<E> type, Function<E, String> code, String description) {
    this.type = type;
    this.description = description;
    ImmutableMap.Builder<String, E> builder = ImmutableMap.builder();
    this.codes = new EnumMap<>(type);
    for (E e : type.getEnumConstants()) {
      builder.put(code.apply(e), e);
      codes.put(e, code.apply(e));
    }
    this.byCode = builder.buildOrThrow();
  }

  private static <E extends Enum<E>> CodeTable<E> of(Class<E> type, Function<E, String> code, String description) {
    return new CodeTable<>(type, code, description);
  }

  /** {@return the enum type} */
  public Class<E> type() {
    return type;
  }

  /** {@return what the codes name, for messages, such as {@code life domain}} */
  public String description() {
    return description;
  }

  /**
   * Returns the code of a constant.
   *
   * @param value the constant
   * @return its stable code
   */
  public String code(E value) {
    return codes.get(value);
  }

  /**
   * Returns the constant with a code.
   *
   * @param code any text
   * @return the constant, or empty if no constant has this code
   */
  public Optional<E> find(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  /** {@return the codes in declaration order} */
  public Iterable<String> codes() {
    return byCode.keySet();
  }
}
