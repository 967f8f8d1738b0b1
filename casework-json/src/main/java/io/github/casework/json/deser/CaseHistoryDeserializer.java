package io.github.casework.json.deser;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.casework.CaseworkException;
import io.github.casework.casefile.Case;
import io.github.casework.casefile.CaseEvent;
import io.github.casework.casefile.CaseStatus;
import io.github.casework.casefile.ClosureReason;
import io.github.casework.id.AgencyId;
import io.github.casework.id.CaseId;
import io.github.casework.id.ClientId;
import io.github.casework.id.ProfessionalId;
import io.github.casework.json.CaseHistory;
import io.github.casework.json.JsonCodes;
import io.github.casework.json.internal.Aggregate;
import io.github.casework.json.internal.CodeTable;
import io.github.casework.json.internal.Failures;
import io.github.casework.json.internal.Pointers;
import java.io.IOException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads a {@link CaseHistory}: the {@code history} is replayed event by event through the case's own rules (an
 * event the rules forbid is reported at its pointer); the optional {@code state} is then compared with the replayed
 * case, member by member, and any difference is {@link JsonCodes#STATE_MISMATCH}. The stated state is never trusted.
 */
public final class CaseHistoryDeserializer extends CaseworkDeserializer<CaseHistory> {
  private static final long serialVersionUID = 1L;

  /** The shared instance. */
  public static final CaseHistoryDeserializer INSTANCE = new CaseHistoryDeserializer();

  /** The events and the state they replay to. */
  private record Replayed(ImmutableList<CaseEvent> events, Case state) {}

  private static final ValueReader<Replayed> HISTORY = (p, ctxt, pointer) -> {
    Reading.expect(p, pointer, JsonToken.START_ARRAY, "an array");
    ImmutableList.Builder<CaseEvent> events = ImmutableList.builder();
    Case state = null;
    int i = 0;
    while (p.nextToken() != JsonToken.END_ARRAY) {
      String itemPointer = Pointers.item(pointer, i++);
      JsonLocation at = p.currentTokenLocation();
      CaseEvent event = CaseEventDeserializer.INSTANCE.read(p, ctxt, itemPointer);
      try {
        state = state == null ? Aggregate.CASE.start(event) : Aggregate.CASE.evolve(state, event);
      } catch (CaseworkException e) {
        throw Failures.domain(at, itemPointer, e);
      }
      events.add(event);
    }
    if (state == null) {
      try {
        Case.replay(ImmutableList.of());
      } catch (CaseworkException e) {
        throw Failures.domain(p.currentTokenLocation(), pointer, e);
      }
      throw new AssertionError("bug: an empty case history replayed");
    }
    return new Replayed(events.build(), state);
  };

  private static final ImmutableMap<String, ValueReader<?>> STATE_MEMBERS =
      ImmutableMap.<String, ValueReader<?>>builder()
          .put("id", Reading.text(CaseId::of))
          .put("client", Reading.text(ClientId::of))
          .put("agency", Reading.text(AgencyId::of))
          .put("owner", Reading.text(ProfessionalId::of))
          .put("status", Reading.code(CodeTable.CASE_STATUS))
          .put("closure", Reading.code(CodeTable.CLOSURE_REASON))
          .put("needs", Reading.list(NeedDeserializer.INSTANCE))
          .put("assessments", Reading.list(AssessmentDeserializer.INSTANCE))
          .put("openedAt", Reading.INSTANT_READER)
          .put("lastChangedAt", Reading.INSTANT_READER)
          .put("version", Reading.LONG)
          .buildOrThrow();

  private static final ImmutableMap<String, ValueReader<?>> MEMBERS = ImmutableMap.<String, ValueReader<?>>builder()
      .put("state", (p, ctxt, pointer) -> Members.read(p, ctxt, pointer, STATE_MEMBERS))
      .put("history", HISTORY)
      .buildOrThrow();

  private CaseHistoryDeserializer() {
    super(CaseHistory.class);
  }

  @Override
  public CaseHistory read(JsonParser p, DeserializationContext ctxt, String pointer) throws IOException {
    Members m = Members.read(p, ctxt, pointer, MEMBERS);
    Replayed replayed = m.required("history", Replayed.class);
    Optional<Members> stated = m.optional("state", Members.class);
    if (stated.isPresent()) {
      compare(stated.get(), replayed.state());
    }
    return m.build(() -> CaseHistory.of(replayed.events()));
  }

  /** Compares the stated state with the replayed case, in canonical member order. */
  private static void compare(Members s, Case c) {
    for (String name : STATE_MEMBERS.keySet()) {
      if (!name.equals("closure")) {
        s.required(name, Object.class);
      }
    }
    same(s, "id", CaseId.class, c.id());
    same(s, "client", ClientId.class, c.client());
    same(s, "agency", AgencyId.class, c.agency());
    same(s, "owner", ProfessionalId.class, c.owner());
    same(s, "status", CaseStatus.class, c.status());
    if (!s.optional("closure", ClosureReason.class).equals(c.closure())) {
      throw mismatch(s, "closure");
    }
    same(s, "needs", ImmutableList.class, c.needs());
    same(s, "assessments", ImmutableList.class, c.assessments());
    same(s, "openedAt", Instant.class, c.openedAt());
    same(s, "lastChangedAt", Instant.class, c.lastChangedAt());
    same(s, "version", Long.class, c.version());
  }

  private static void same(Members s, String name, Class<?> type, Object replayed) {
    if (!Objects.equals(s.required(name, type), replayed)) {
      throw mismatch(s, name);
    }
  }

  private static RuntimeException mismatch(Members s, String name) {
    return s.fail(name, JsonCodes.STATE_MISMATCH,
        "the stated " + name + " differs from the state the history replays to");
  }
}
