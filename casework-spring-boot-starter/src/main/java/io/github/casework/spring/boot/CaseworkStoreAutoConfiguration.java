package io.github.casework.spring.boot;

import io.github.casework.store.EventStore;
import io.github.casework.store.JdbcEventStore;
import io.github.casework.store.Upcasters;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The event store, when casework-store is on the class path and the application has one {@code DataSource} (its own
 * or Boot's): a {@link JdbcEventStore} on it, with the application's {@link Upcasters} bean if it defines one, its
 * tables created unless {@code casework.store.create-schema=false}. Backs off when the application defines an
 * {@link EventStore}, or with {@code casework.store.enabled=false}. Runs after Boot's data source auto-configuration
 * (named for Boot 3 and Boot 4, which moved it).
 */
@AutoConfiguration(afterName = {
    "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration",
    "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration"})
@ConditionalOnClass(name = {"io.github.casework.store.JdbcEventStore", "javax.sql.DataSource"})
@ConditionalOnSingleCandidate(DataSource.class)
@ConditionalOnProperty(prefix = "casework.store", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(CaseworkProperties.class)
public class CaseworkStoreAutoConfiguration {

  /** Created by Spring. */
  public CaseworkStoreAutoConfiguration() {}

  /**
   * The event store on the application's data source.
   *
   * @param dataSource the data source (PostgreSQL or H2)
   * @param upcasters the application's upcaster chain, if it defines one
   * @param properties the {@code casework.*} properties
   * @return the store
   */
  @Bean
  @ConditionalOnMissingBean(EventStore.class)
  public JdbcEventStore caseworkEventStore(DataSource dataSource, ObjectProvider<Upcasters> upcasters,
      CaseworkProperties properties) {
    JdbcEventStore store = JdbcEventStore.of(dataSource, upcasters.getIfAvailable(Upcasters::none));
    if (properties.store().createSchema()) {
      store.createSchema();
    }
    return store;
  }
}
