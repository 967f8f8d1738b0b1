package io.github.casework.json;

import static io.github.casework.json.JsonTesting.STANDARD;
import static io.github.casework.json.JsonTesting.STRICT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.casework.testing.CaseworkGen;
import io.github.casework.testing.Gen;
import io.github.casework.testing.Property;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * No exception of the module, nor anything it chains, shows personal data or echoes the input: a random name is
 * planted in places a hostile or careless document can put it (a free text, an invalid id, a member name, a
 * syntax error, a wrong code, an over-long value), and the full stack trace, with causes, must not contain it.
 */
class PersonalDataLeakTest {

  /** A document with a planted name, and the name. */
  record Planted(String json, String name, boolean strict) {
    @Override
    public String toString() {
      return json.length() > 400 ? json.substring(0, 400) + "..." : json;
    }
  }

  static final String MINIMAL = HostileInputTest.MINIMAL;
  static final String UNMET = JsonTesting.text(JsonTesting.VECTORS.resolve("case-event/need-disposed-unmet.json"))
      .strip();

  static final String NOT_ELIGIBLE = JsonTesting.text(JsonTesting.VECTORS.resolve(
      "referral-event/refused-not-eligible.json")).strip();
  static final String LEGAL_BASIS = JsonTesting.text(JsonTesting.VECTORS.resolve(
      "referral-event/basis-recorded-legal-basis.json")).strip();
  static final String SIGNAL_RAISED = JsonTesting.text(JsonTesting.VECTORS.resolve("signal-event/raised.json")).strip();
  static final String RESPONDED = JsonTesting.text(JsonTesting.VECTORS.resolve("signal-event/responded.json")).strip();

  static Gen<Planted> planted() {
    return r -> {
      String name = CaseworkGen.names().next(r);
      String compact = name.replace(" ", "");
      List<Planted> choices = List.of(
          new Planted(MINIMAL.replace("\"client-7f3a\"", "\"" + name + "\""), name, false),
          new Planted(MINIMAL.replace("\"client-7f3a\"", "\"" + compact + "!\""), compact, false),
          new Planted(MINIMAL.replace("{\"format\"", "{\"" + name + "\":1,\"format\""), name, true),
          new Planted(MINIMAL.replace("\"client-7f3a\"", "\"client-7f3a\"," + name), name, false),
          new Planted(MINIMAL.replace("\"client-7f3a\"", "'" + name + "'"), name, false),
          new Planted(MINIMAL.replace("\"intake\"", "\"" + name + "\""), name, false),
          new Planted(MINIMAL.replace("\"case\",", "\"" + name + "\","), name, false),
          new Planted(MINIMAL.replace("\"casework\"", "\"" + name + "\""), name, false),
          new Planted(UNMET.replaceFirst("\"explanation\":\"[^\"]*\"",
              "\"explanation\":\"" + (name + " ").repeat(200) + "\""), name, false),
          new Planted(UNMET.replaceFirst("\"explanation\":\"[^\"]*\"", "\"explanation\":\"" + name + "\\\\ud800\""),
              name, false),
          new Planted(UNMET.replaceFirst("\"reason\":\"[^\"]*\"", "\"reason\":\"" + name + "\""), name, false),
          new Planted(UNMET.replaceFirst("\"at\":\"[^\"]*\"", "\"at\":\"" + name + "\""), name, false),
          new Planted(UNMET.replaceFirst("\"type\":\"unmet\"", "\"type\":\"" + name + "\""), name, false),
          new Planted(MINIMAL.replace("\"version\":1,", "\"version\":\"" + name + "\","), name, false),
          new Planted(NOT_ELIGIBLE.replaceFirst("\"criterion\":\"([^\"\\\\]|\\\\.)*\"",
              "\"criterion\":\"" + (name + " ").repeat(40) + "\""), name, false),
          new Planted(LEGAL_BASIS.replaceFirst("\"provision\":\"[^\"]*\"",
              "\"provision\":\"" + name + "\\\\udc00\""), name, false),
          new Planted(SIGNAL_RAISED.replaceFirst("\"targetGroup\":\"[^\"]*\"",
              "\"targetGroup\":\"" + name + " j.jansen@example.org\""), name, false),
          new Planted(SIGNAL_RAISED.replaceFirst("\"area\":\"[^\"]*\"", "\"area\":\"" + name + "\""), name, false),
          new Planted(RESPONDED.replaceFirst("\"explanation\":\"[^\"]*\"",
              "\"explanation\":\"" + name + " 0612345678\""), name, false),
          new Planted(SIGNAL_RAISED.replaceFirst("\"trend\":\"[^\"]*\"", "\"trend\":\"" + name + "\""), name,
              false));
      return choices.get(r.nextInt(choices.size()));
    };
  }

  static String everything(Throwable t) {
    StringWriter w = new StringWriter();
    t.printStackTrace(new PrintWriter(w));
    return w + "\n" + t;
  }

  @Test
  void noMessageNorCauseShowsAPlantedName() {
    Property.forAll("no planted name in exceptions", planted(), p -> {
      Matcher kindName = Pattern.compile("\"kind\":\"([a-z-]+)\"").matcher(p.json());
      DocumentKind<?> kind = kindName.find() ? DocumentKind.ofName(kindName.group(1)).orElse(DocumentKind.CASE)
          : DocumentKind.CASE;
      CaseworkJson json = p.strict() ? STRICT : STANDARD;
      Throwable thrown = catchThrowable(() -> json.read(kind, p.json()));
      assertThat(thrown).isInstanceOf(CaseworkJsonException.class);
      CaseworkJsonException e = (CaseworkJsonException) thrown;
      String family = p.name().split(" ")[0];
      assertThat(everything(e)).doesNotContain(p.name()).doesNotContain(family);
      assertThat(e.pointer()).doesNotContain(family);
    });
  }

  @Test
  void theNamesGeneratorPlantsSomethingRecognisable() {
    assertThat(CaseworkGen.names().next(new SplittableRandom(1))).contains(" ");
  }
}
