package io.github.casework.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.github.casework.InvalidValueException;
import io.github.casework.id.CaseId;
import io.github.casework.id.ClientId;
import io.github.casework.id.NeedId;
import io.github.casework.id.ReferralId;
import io.github.casework.testing.Rejections;
import org.junit.jupiter.api.Test;

class SubjectRefTest {

  @Test
  void theConstructorAppliesTheIdRuleOfEveryKind() {
    for (SubjectRef.Kind kind : SubjectRef.Kind.values()) {
      String valid = kind == SubjectRef.Kind.NEED ? "case-1/need-1" : "x-1";
      assertThat(new SubjectRef(kind, valid).id()).isEqualTo(valid);
      String tooLong = kind == SubjectRef.Kind.NEED ? "case-1/" + "n".repeat(65) : "x".repeat(65);
      assertThatThrownBy(() -> new SubjectRef(kind, tooLong)).extracting(Rejections::code).isEqualTo("id.too-long");
      assertThatThrownBy(() -> new SubjectRef(kind, kind == SubjectRef.Kind.NEED ? "case 1/need-1" : "x 1"))
          .extracting(Rejections::code).isEqualTo("id.invalid-character");
      assertThatThrownBy(() -> new SubjectRef(kind, "-x/y")).isInstanceOf(InvalidValueException.class);
    }
    assertThatThrownBy(() -> new SubjectRef(SubjectRef.Kind.CASE, " ")).extracting(Rejections::code)
        .isEqualTo("subject.blank");
  }

  @Test
  void aNeedIsNamedByItsCaseAndItsId() {
    assertThatThrownBy(() -> new SubjectRef(SubjectRef.Kind.NEED, "need-1")).extracting(Rejections::code)
        .isEqualTo("subject.need-unqualified");
    assertThatThrownBy(() -> new SubjectRef(SubjectRef.Kind.NEED, "case-1/")).extracting(Rejections::code)
        .isEqualTo("id.blank");
    assertThatThrownBy(() -> new SubjectRef(SubjectRef.Kind.NEED, "/need-1")).extracting(Rejections::code)
        .isEqualTo("id.blank");
    assertThatThrownBy(() -> new SubjectRef(SubjectRef.Kind.NEED, "case-1/need/1")).extracting(Rejections::code)
        .isEqualTo("id.invalid-character");
    assertThat(new SubjectRef(SubjectRef.Kind.NEED, "case-1/need-1"))
        .isEqualTo(SubjectRef.need(CaseId.of("case-1"), NeedId.of("need-1")));
  }

  @Test
  void aReferenceIsItsKindAndIdOrderedByKindThenId() {
    new EqualsTester()
        .addEqualityGroup(SubjectRef.client(ClientId.of("c-1")), new SubjectRef(SubjectRef.Kind.CLIENT, "c-1"))
        .addEqualityGroup(SubjectRef.of(CaseId.of("c-1")))
        .addEqualityGroup(SubjectRef.of(ReferralId.of("c-1")))
        .testEquals();
    assertThat(SubjectRef.client(ClientId.of("z"))).isLessThan(SubjectRef.of(CaseId.of("a")));
    assertThat(SubjectRef.of(ReferralId.of("r-12"))).hasToString("referral:r-12");
  }
}
