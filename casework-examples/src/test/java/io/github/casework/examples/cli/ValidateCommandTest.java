package io.github.casework.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.casework.Decision;
import io.github.casework.casefile.Case;
import io.github.casework.casefile.CaseCommand;
import io.github.casework.casefile.CaseEvent;
import io.github.casework.id.AgencyId;
import io.github.casework.id.CaseId;
import io.github.casework.id.ClientId;
import io.github.casework.id.ProfessionalId;
import io.github.casework.json.CaseworkJson;
import io.github.casework.json.DocumentKind;
import io.github.casework.json.EventStreamKind;
import io.github.casework.json.EventStreamWriter;
import io.github.casework.json.History;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
  static final Instant T = Instant.parse("2026-10-05T08:00:00Z");

  @TempDir
  Path dir;

  /** A case opened and activated: two events. */
  static List<CaseEvent> openedAndActivated() {
    Decision<Case, CaseEvent> opened = Case.open(CaseId.of("case-1"), ClientId.of("client-1"),
        AgencyId.of("welzijn-west"), ProfessionalId.of("sw-1"), T);
    List<CaseEvent> events = new ArrayList<>(opened.events());
    events.addAll(opened.state().decide(new CaseCommand.Activate(T.plusSeconds(60))).events());
    return events;
  }

  static String caseDocument() {
    return CaseworkJson.standard().writeString(DocumentKind.CASE, History.of(Case.TYPE, openedAndActivated()));
  }

  static String caseStream(List<CaseEvent> events) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (EventStreamWriter<CaseEvent> w = CaseworkJson.standard().newEventWriter(EventStreamKind.CASE_EVENTS,
        bytes)) {
      w.writeAll(events);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aValidDocumentIsValid() {
    Path file = Cli.write(dir, "case.json", caseDocument());
    Cli.Run run = Cli.run("validate", file.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).isEqualTo(file + ": valid case document\n");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void aValidStreamIsValidAndCounted() {
    Path file = Cli.write(dir, "case.ndjson", caseStream(openedAndActivated()));
    Cli.Run run = Cli.run("validate", file.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).isEqualTo(file + ": valid case-events stream: 2 events of 1 aggregates\n");
  }

  @Test
  void standardInputIsDash() {
    Cli.Run run = Cli.runWithStdin(caseDocument().getBytes(StandardCharsets.UTF_8), "validate", "-");
    assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).isEqualTo("<stdin>: valid case document\n");
  }

  @Test
  void anInvalidTransitionInADocumentNamesThePathAndTheRule() {
    // The case is activated twice: the second activation breaks the lifecycle.
    String doc = caseDocument();
    int history = doc.indexOf("\"history\":[") + "\"history\":[".length();
    int second = doc.indexOf(",{", history);
    int end = doc.indexOf("]", second);
    String activated = doc.substring(second, end);
    String broken = doc.substring(0, end) + activated + doc.substring(end);
    Path file = Cli.write(dir, "broken.json", broken);
    Cli.Run run = Cli.run("validate", file.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("casework validate: " + file + ":1:").contains("at /data/history/2", "[case.");
  }

  @Test
  void anInvalidTransitionInAStreamNamesTheLine() {
    List<CaseEvent> events = new ArrayList<>(openedAndActivated());
    events.add(events.get(1));
    Path file = Cli.write(dir, "broken.ndjson", caseStream(events));
    Cli.Run run = Cli.run("validate", file.toString());
    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("casework validate: " + file + ":4").contains("[case.");
  }

  @Test
  void unknownMembersAreErrorsUnlessLenient() {
    String doc = caseDocument().replaceFirst("\\{\"format\"", "{\"vendor\":\"x\",\"format\"");
    Path file = Cli.write(dir, "extra.json", doc);
    Cli.Run strict = Cli.run("validate", file.toString());
    assertThat(strict.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(strict.err()).contains("[json.");
    assertThat(Cli.run("validate", "--lenient", file.toString()).exitCode()).isEqualTo(ExitCodes.OK);
  }

  @Test
  void badFilesAreExitCodeTwoWithNothingOnStdout() {
    Path empty = Cli.write(dir, "empty.json", "");
    Path notJson = Cli.write(dir, "not.json", "this is not JSON\n");
    Path noEnvelope = Cli.write(dir, "array.json", "[1,2,3]\n");
    Path unknownKind = Cli.write(dir, "kind.json", "{\"format\":\"casework\",\"version\":1,\"kind\":\"recipe\","
        + "\"data\":{}}\n");
    for (Path file : List.of(empty, notJson, noEnvelope, unknownKind, dir.resolve("missing.json"), dir)) {
      Cli.Run run = Cli.run("validate", file.toString());
      assertThat(run.exitCode()).as(file.toString()).isEqualTo(ExitCodes.INVALID);
      assertThat(run.out()).as(file.toString()).isEmpty();
      assertThat(run.err()).as(file.toString()).startsWith("casework validate: " + file).contains(" [");
    }
    assertThat(Cli.run("validate", empty.toString()).err()).contains("empty");
    assertThat(Cli.run("validate", dir.resolve("missing.json").toString()).err()).contains("no such file");
  }
}
