package io.github.casework.spring.boot3;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.casework.ExpectedVersion;
import io.github.casework.LifeDomain;
import io.github.casework.casefile.Case;
import io.github.casework.casefile.CaseCommand;
import io.github.casework.casefile.CaseEvent;
import io.github.casework.casefile.Urgency;
import io.github.casework.id.AgencyId;
import io.github.casework.id.CaseId;
import io.github.casework.id.ClientId;
import io.github.casework.id.NeedId;
import io.github.casework.id.ProfessionalId;
import io.github.casework.json.CaseworkJson;
import io.github.casework.json.DocumentKind;
import io.github.casework.json.History;
import io.github.casework.store.Append;
import io.github.casework.store.EventStore;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/**
 * The Boot 3.5 application started as a vendor starts it: Boot's own {@code ObjectMapper} writes and reads a DTO
 * that holds a case's history (before the starter, Boot's mapper failed with "No serializer found"), the facade is a
 * bean, and the event store runs on Boot's embedded H2 data source.
 */
@SpringBootTest
class CaseFileApplicationTest {
  static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

  @Autowired ObjectMapper mapper;
  @Autowired CaseworkJson json;
  @Autowired EventStore store;
  @Autowired ApplicationContext context;

  static History<Case, CaseEvent> history(String id) {
    History<Case, CaseEvent> h = History.of(Case.open(CaseId.of(id), ClientId.of("client-7"),
        AgencyId.of("welfare"), ProfessionalId.of("sw-maartje"), T0));
    return h.append(h.state().decide(new CaseCommand.RegisterNeed(NeedId.of("need-housing"), LifeDomain.HOUSING,
        Urgency.URGENT, ProfessionalId.of("sw-maartje"), T0.plusSeconds(60))));
  }

  @Test
  void bootsObjectMapperRoundTripsADtoHoldingACaseHistoryInTheWireFormat() throws Exception {
    CaseFile file = new CaseFile("Mr K.", history("case-boot3"));
    String written = mapper.writeValueAsString(file);
    JsonNode caseDocument = mapper.readTree(written).get("caseDocument");
    // Exactly the data of a case document, not Jackson's idea of the bean (and never "{}").
    assertThat(caseDocument).isEqualTo(
        mapper.readTree(json.writeString(DocumentKind.CASE, file.caseDocument())).get("data"));
    assertThat(mapper.readValue(written, CaseFile.class)).isEqualTo(file);
  }

  @Test
  void theFacadeIsTheStandardInstanceAndTheJackson3SideStaysOffWithoutCaseworkJson3() {
    assertThat(json).isSameAs(CaseworkJson.standard());
    assertThat(context.containsBean("caseworkJson3")).isFalse();
    assertThat(context.containsBean("caseworkJackson3Module")).isFalse();
    assertThat(context.containsBean("caseworkModule")).isTrue();
  }

  @Test
  void theEventStoreRunsOnBootsDataSourceWithItsSchemaCreated() {
    History<Case, CaseEvent> h = history("case-stored");
    store.append(Append.of(ExpectedVersion.none(), h.events()));
    assertThat(store.load(Case.TYPE, CaseId.of("case-stored"))).contains(h.state());
  }
}
