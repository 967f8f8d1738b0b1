package io.github.casework.spring.boot4;

import static org.assertj.core.api.Assertions.assertThat;

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
import io.github.casework.json3.CaseworkJson;
import io.github.casework.json3.DocumentKind;
import io.github.casework.json3.History;
import io.github.casework.store.Append;
import io.github.casework.store.EventStore;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Boot 4.0 application started as a vendor starts it: Boot's own Jackson 3 {@code JsonMapper} writes and reads a
 * DTO that holds a case's history (before the starter and casework-json3, Boot 4 wrote it as {@code {}}, silently
 * losing the case, and could not read it), the Jackson 3 facade is a bean, and the event store runs on Boot's
 * embedded H2 data source.
 */
@SpringBootTest
class CaseFileApplicationTest {
  static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

  @Autowired JsonMapper mapper;
  @Autowired CaseworkJson json;
  @Autowired EventStore store;

  static History<Case, CaseEvent> history(String id) {
    History<Case, CaseEvent> h = History.of(Case.open(CaseId.of(id), ClientId.of("client-7"),
        AgencyId.of("welfare"), ProfessionalId.of("sw-maartje"), T0));
    return h.append(h.state().decide(new CaseCommand.RegisterNeed(NeedId.of("need-housing"), LifeDomain.HOUSING,
        Urgency.URGENT, ProfessionalId.of("sw-maartje"), T0.plusSeconds(60))));
  }

  @Test
  void bootsJsonMapperRoundTripsADtoHoldingACaseHistoryInTheWireFormat() {
    CaseFile file = new CaseFile("Mr K.", history("case-boot4"));
    String written = mapper.writeValueAsString(file);
    JsonNode caseDocument = mapper.readTree(written).get("caseDocument");
    // Exactly the data of a case document, and never the "{}" that lost the case.
    assertThat(caseDocument).isEqualTo(
        mapper.readTree(json.writeString(DocumentKind.CASE, file.caseDocument())).get("data"));
    assertThat(caseDocument.isEmpty()).isFalse();
    assertThat(mapper.readValue(written, CaseFile.class)).isEqualTo(file);
  }

  @Test
  void theFacadeIsTheStandardInstance() {
    assertThat(json).isSameAs(CaseworkJson.standard());
  }

  @Test
  void theEventStoreRunsOnBootsDataSourceWithItsSchemaCreated() {
    History<Case, CaseEvent> h = history("case-stored");
    store.append(Append.of(ExpectedVersion.none(), h.events()));
    assertThat(store.load(Case.TYPE, CaseId.of("case-stored"))).contains(h.state());
  }
}
