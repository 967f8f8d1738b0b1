package io.github.casework.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.casework.casefile.Case;
import io.github.casework.casefile.CaseCodes;
import io.github.casework.casefile.CaseStatus;
import io.github.casework.id.NeedId;
import io.github.casework.id.ProfessionalId;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MrKStoryTest {
  @Test
  void mrKsHousingNeedIsHandedOverBeforeHisCaseCanClose() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Case c = MrKStory.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(c.status()).isEqualTo(CaseStatus.CLOSED);
    assertThat(c.findNeed(NeedId.of("need-housing")).orElseThrow().accountable())
        .isEqualTo(ProfessionalId.of("dw-senior-official"));
    assertThat(out).contains("rejected [" + CaseCodes.NEED_STILL_OPEN + "]");
    assertThat(out).contains("case.closed");
  }
}
