package io.github.casework.spring.boot4;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.casework.json3.CaseworkJson;
import io.github.casework.json3.CaseworkModule;
import io.github.casework.spring.boot.CaseworkJackson3AutoConfiguration;
import io.github.casework.spring.boot.CaseworkJacksonAutoConfiguration;
import io.github.casework.spring.boot.CaseworkStoreAutoConfiguration;
import io.github.casework.store.EventStore;
import io.github.casework.store.JdbcEventStore;
import io.github.casework.store.StoreException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/**
 * The starter's auto-configuration on Boot 4.0, each condition on its own: the Jackson 3 module reaches Boot's
 * {@code JsonMapper}, the beans back off when the application defines its own, follow the {@code casework.*}
 * properties, and the store needs a data source.
 */
class CaseworkAutoConfigurationTest {
  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, DataSourceAutoConfiguration.class,
          CaseworkJacksonAutoConfiguration.class, CaseworkJackson3AutoConfiguration.class,
          CaseworkStoreAutoConfiguration.class));

  @Test
  void theJackson3ModuleBeanIsRegisteredWithBootsJsonMapper() {
    runner.run(context -> {
      assertThat(context).hasSingleBean(CaseworkModule.class);
      assertThat(context.getBean(JsonMapper.class).registeredModules())
          .anyMatch(m -> m instanceof CaseworkModule);
    });
  }

  @Test
  void theStarterRegistersTheModuleEvenWhereBootDoesNotLookForModules() {
    runner.withPropertyValues("spring.jackson.find-and-add-modules=false").run(context -> {
      JsonMapper mapper = context.getBean(JsonMapper.class);
      CaseFile file = new CaseFile("Mr K.", CaseFileApplicationTest.history("case-1"));
      assertThat(mapper.readValue(mapper.writeValueAsString(file), CaseFile.class)).isEqualTo(file);
    });
  }

  @Test
  void withoutTheModuleBoot4SilentlyWritesACaseHistoryAsAnEmptyObject() {
    // The defect the starter fixes: nothing registers the module, and the case is lost without an error.
    runner.withPropertyValues("spring.jackson.find-and-add-modules=false", "casework.jackson.enabled=false")
        .run(context -> {
          CaseFile file = new CaseFile("Mr K.", CaseFileApplicationTest.history("case-1"));
          assertThat(context.getBean(JsonMapper.class).writeValueAsString(file)).contains("\"caseDocument\":{}");
        });
  }

  @Test
  void bothFacadesAreBeansAndStrictReadingAppliesToBoth() {
    runner.withPropertyValues("casework.json.strict=true").run(context -> {
      assertThat(context.getBean(CaseworkJson.class)).isSameAs(CaseworkJson.strict());
      assertThat(context.getBean(io.github.casework.json.CaseworkJson.class))
          .isSameAs(io.github.casework.json.CaseworkJson.strict());
    });
  }

  @Test
  void theModuleCanBeTurnedOff() {
    runner.withPropertyValues("casework.jackson.enabled=false")
        .run(context -> assertThat(context).doesNotHaveBean(CaseworkModule.class)
            .doesNotHaveBean(io.github.casework.json.CaseworkModule.class));
  }

  @Test
  void anApplicationsOwnBeansWin() {
    runner.withUserConfiguration(OwnBeans.class).run(context -> {
      assertThat(context.getBean(CaseworkJson.class)).isSameAs(CaseworkJson.strict());
      assertThat(context.getBean(CaseworkModule.class)).isSameAs(OwnBeans.MODULE);
      assertThat(context.getBean(EventStore.class)).isSameAs(context.getBean("ownStore"));
      assertThat(context).doesNotHaveBean("caseworkEventStore").doesNotHaveBean("caseworkJackson3Module");
    });
  }

  @Test
  void withoutADataSourceThereIsNoStore() {
    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(CaseworkJackson3AutoConfiguration.class,
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
    EventStore ownStore(DataSource dataSource) {
      JdbcEventStore store = JdbcEventStore.of(dataSource);
      store.createSchema();
      return store;
    }
  }
}
