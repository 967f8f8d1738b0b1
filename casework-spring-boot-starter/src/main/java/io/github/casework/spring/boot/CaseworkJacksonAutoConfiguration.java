package io.github.casework.spring.boot;

import io.github.casework.json.CaseworkJson;
import io.github.casework.json.CaseworkModule;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Jackson 2 (Spring Boot 3, or Boot 4 with its Jackson 2 support): the casework module as a
 * {@code com.fasterxml.jackson.databind.Module} bean, which Boot's Jackson auto-configuration registers with the
 * {@code ObjectMapper} it builds (Boot does not read {@code META-INF/services}, so without this bean Boot's mapper
 * fails with "No serializer found" on a casework value); and the {@link CaseworkJson} facade. Each bean backs off
 * when the application defines one of its type.
 */
@AutoConfiguration
@ConditionalOnClass(name = {"io.github.casework.json.CaseworkModule", "com.fasterxml.jackson.databind.Module"})
@EnableConfigurationProperties(CaseworkProperties.class)
public class CaseworkJacksonAutoConfiguration {

  /** Created by Spring. */
  public CaseworkJacksonAutoConfiguration() {}

  /**
   * The casework module for Boot's {@code ObjectMapper}.
   *
   * @return the module
   */
  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnProperty(prefix = "casework.jackson", name = "enabled", matchIfMissing = true)
  public CaseworkModule caseworkModule() {
    return new CaseworkModule();
  }

  /**
   * The wire format's facade: the standard (tolerant) instance, or the strict one with
   * {@code casework.json.strict=true}.
   *
   * @param properties the {@code casework.*} properties
   * @return the facade
   */
  @Bean
  @ConditionalOnMissingBean
  public CaseworkJson caseworkJson(CaseworkProperties properties) {
    return properties.json().strict() ? CaseworkJson.strict() : CaseworkJson.standard();
  }
}
