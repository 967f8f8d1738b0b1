package io.github.casework.spring.boot3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import io.github.casework.json.CaseworkJson;
import io.github.casework.json.CaseworkModule;
import io.github.casework.spring.boot.CaseworkJacksonAutoConfiguration;
import io.github.casework.spring.boot.CaseworkStoreAutoConfiguration;
import io.github.casework.store.EventStore;
import io.github.casework.store.JdbcEventStore;
import io.github.casework.store.StoreException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The starter's auto-configuration on Boot 3.5, each condition on its own: the beans back off when the application
 * defines its own, follow the {@code casework.*} properties, and the store needs a data source. (The Jackson 3
 * side is not listed here: it names casework-json3's classes, which a Boot 3 application does not have; that it stays
 * off is {@link CaseFileApplicationTest}'s to show, through Boot's own loading of the auto-configurations.)
 */
class CaseworkAutoConfigurationTest {
  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, DataSourceAutoConfiguration.class,
          CaseworkJacksonAutoConfiguration.class, CaseworkStoreAutoConfiguration.class));

  @Test
  void withoutTheModuleBootsMapperCannotWriteACaseHistory() {
    runner.withPropertyValues("casework.jackson.enabled=false").run(context -> {
      assertThat(context).doesNotHaveBean(CaseworkModule.class);
      ObjectMapper mapper = context.getBean(ObjectMapper.class);
      CaseFile file = new CaseFile("Mr K.", CaseFileApplicationTest.history("case-1"));
      // The defect the starter fixes: Boot's builder ignores META-INF/services.
      assertThatThrownBy(() -> mapper.writeValueAsString(file)).isInstanceOf(InvalidDefinitionException.class);
    });
  }

  @Test
  void theModuleBeanIsRegisteredWithBootsMapper() {
    runner.run(context -> {
      assertThat(context).hasSingleBean(CaseworkModule.class);
      assertThat(context.getBean(ObjectMapper.class).getRegisteredModuleIds()).contains(new CaseworkModule()
          .getTypeId());
    });
  }

  @Test
  void strictReadingGivesTheStrictFacade() {
    runner.withPropertyValues("casework.json.strict=true")
        .run(context -> assertThat(context.getBean(CaseworkJson.class)).isSameAs(CaseworkJson.strict()));
  }

  @Test
  void anApplicationsOwnBeansWin() {
    runner.withUserConfiguration(OwnBeans.class).run(context -> {
      assertThat(context.getBean(CaseworkJson.class)).isSameAs(CaseworkJson.strict());
      assertThat(context.getBean(CaseworkModule.class)).isSameAs(OwnBeans.MODULE);
      assertThat(context.getBean(EventStore.class)).isSameAs(context.getBean("ownStore"));
      assertThat(context).doesNotHaveBean("caseworkEventStore");
    });
  }

  @Test
  void withoutADataSourceThereIsNoStore() {
    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(CaseworkJacksonAutoConfiguration.class,
            CaseworkStoreAutoConfiguration.class))
        .run(context -> assertThat(context).hasSingleBean(CaseworkJson.class).doesNotHaveBean(EventStore.class));
  }

  @Test
  void theStoreCanBeTurnedOff() {
    runner.withPropertyValues("casework.store.enabled=false")
        .run(context -> assertThat(context).doesNotHaveBean(EventStore.class));
  }

  @Test
  void withoutSchemaCreationTheTablesAreLeftToTheApplication() {
    runner.withPropertyValues("casework.store.create-schema=false", "spring.datasource.generate-unique-name=true")
        .run(context -> assertThatThrownBy(() -> context.getBean(JdbcEventStore.class).headPosition())
            .isInstanceOf(StoreException.class));
  }

  @Configuration(proxyBeanMethods = false)
  static class OwnBeans {
    static final CaseworkModule MODULE = new CaseworkModule();

    @Bean
    CaseworkJson ownJson() {
      return CaseworkJson.strict();
    }

    @Bean
    CaseworkModule ownModule() {
      return MODULE;
    }

    @Bean
    EventStore ownStore(javax.sql.DataSource dataSource) {
      JdbcEventStore store = JdbcEventStore.of(dataSource);
      store.createSchema();
      return store;
    }
  }
}
