package io.github.casework.spring.boot;

import static java.util.Objects.requireNonNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code casework.*} configuration properties. Immutable and thread-safe.
 *
 * @param json how the {@code CaseworkJson} beans read, not null
 * @param jackson whether the casework module is registered with Boot's mapper, not null
 * @param store whether and how the event store bean is made, not null
 */
@ConfigurationProperties("casework")
public record CaseworkProperties(@DefaultValue Json json, @DefaultValue Jackson jackson, @DefaultValue Store store) {

  /**
   * Checks the groups.
   *
   * @param json how the CaseworkJson beans read, not null
   * @param jackson whether the casework module is registered with Boot's mapper, not null
   * @param store whether and how the event store bean is made, not null
   * @throws NullPointerException if a group is null
   */
  public CaseworkProperties {
    requireNonNull(json, "json");
    requireNonNull(jackson, "jackson");
    requireNonNull(store, "store");
  }

  /**
   * The casework.json.* properties. Immutable and thread-safe.
   *
   * @param strict whether the CaseworkJson beans are the strict instances, which reject members the format
   *     does not define (json.unknown-member); false (the default) gives the tolerant standard instances,
   *     which skip them so that documents of a later minor revision of version 1 can be read
   */
  public record Json(@DefaultValue("false") boolean strict) {}

  /**
   * The casework.jackson.* properties. Immutable and thread-safe.
   *
   * @param enabled whether the casework module is registered with Boot's ObjectMapper (Jackson 2) and
   *     JsonMapper (Jackson 3), so that a DTO holding a casework value (a case's history, an event, an
   *     id) is written in the wire format; true by default
   */
  public record Jackson(@DefaultValue("true") boolean enabled) {}

  /**
   * The casework.store.* properties. Immutable and thread-safe.
   *
   * @param enabled whether an EventStore bean is made on the application's DataSource when
   *     casework-store is on the class path; true by default
   * @param createSchema whether the store creates its tables (if they do not exist) when the bean is made; true by
   *     default; turn it off where a migration tool owns the schema
   */
  public record Store(@DefaultValue("true") boolean enabled, @DefaultValue("true") boolean createSchema) {}
}
