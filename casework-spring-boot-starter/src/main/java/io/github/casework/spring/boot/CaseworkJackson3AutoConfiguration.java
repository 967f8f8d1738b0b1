package io.github.casework.spring.boot;

import io.github.casework.json3.CaseworkJson;
import io.github.casework.json3.CaseworkModule;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Jackson 3 (Spring Boot 4), when casework-json3 is on the class path: its module as a
 * {@code tools.jackson.databind.JacksonModule} bean, which Boot 4's Jackson auto-configuration registers with the
 * {@code JsonMapper} it builds (without it Boot 4's mapper writes a casework value as {@code {}}, losing its data,
 * and cannot read it back); and the Jackson 3 {@link CaseworkJson} facade. Each bean backs off when the application
 * defines one of its type.
 */
@AutoConfiguration
@ConditionalOnClass(name = {"io.github.casework.json3.CaseworkModule", "tools.jackson.databind.JacksonModule"})
@EnableConfigurationProperties(CaseworkProperties.class)
public class CaseworkJackson3AutoConfiguration {

  /** Created by Spring. */
  public CaseworkJackson3AutoConfiguration() {}

  /**
   * The casework module for Boot 4's {@code JsonMapper}.
   *
   * @return the module
   */
  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnProperty(prefix = "casework.jackson", name = "enabled", matchIfMissing = true)
  public CaseworkModule caseworkJackson3Module() {
    return new CaseworkModule();
  }

  /**
   * The Jackson 3 facade of the wire format: the standard (tolerant) instance, or the strict one with
   * {@code casework.json.strict=true}.
   *
   * @param properties the {@code casework.*} properties
   * @return the facade
   */
  @Bean
  @ConditionalOnMissingBean
  public CaseworkJson caseworkJson3(CaseworkProperties properties) {
    return properties.json().strict() ? CaseworkJson.strict() : CaseworkJson.standard();
  }
}
