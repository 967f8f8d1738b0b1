/**
 * Spring Boot auto-configuration for casework, on Boot 3 (Jackson 2) and Boot 4 (Jackson 3): the casework Jackson
 * module registered with Boot's mapper, {@code CaseworkJson} (and, with casework-json3, its Jackson 3 twin) and, with
 * casework-store and one {@code DataSource}, the event store as beans that back off when the application defines its
 * own; configured by {@link io.github.casework.spring.boot.CaseworkProperties casework.*} properties.
 */
@NullMarked
package io.github.casework.spring.boot;

import org.jspecify.annotations.NullMarked;
