package io.github.casework.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.casework.Deadline;
import io.github.casework.LifeDomain;
import io.github.casework.casefile.Case;
import io.github.casework.casefile.CaseCommand;
import io.github.casework.casefile.CaseEvent;
import io.github.casework.casefile.Disposition;
import io.github.casework.casefile.UnmetReason;
import io.github.casework.casefile.Urgency;
import io.github.casework.id.NeedId;
import io.github.casework.referral.DataSharingBasis;
import io.github.casework.referral.LegalGround;
import io.github.casework.referral.Referral;
import io.github.casework.referral.ReferralCommand;
import io.github.casework.referral.ReferralNetwork;
import io.github.casework.referral.ReferralStatus;
import io.github.casework.referral.Refusal;
import io.github.casework.testing.CaseworkGen;
import io.github.casework.testing.Property;
import io.github.casework.testing.ReferralGen;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** No generated name, BSN or address may appear in any toString or exception message. */
class PersonalDataLeakTest {

  private static void assertNoLeak(String text, PersonalDetails p) {
    assertThat(text).doesNotContain(p.name());
    p.bsn().ifPresent(b -> assertThat(text).doesNotContain(b.value()));
    p.address().ifPresent(a -> assertThat(text).doesNotContain(a.street()).doesNotContain(a.postalCode()));
    p.dateOfBirth().ifPresent(d -> assertThat(text).doesNotContain(d.toString()));
  }

  @Test
  void personalDetailsNeverAppearInToStringOrMessages() {
    Property.forAll("privacy.no-leak", r -> new Object[] {CaseworkGen.personalDetails().next(r), r.nextLong()}, pair -> {
      PersonalDetails p = (PersonalDetails) pair[0];
      List<String> texts = new ArrayList<>();
      texts.add(p.toString());
      texts.add(p.bsn().orElseThrow().toString());
      texts.add(p.address().orElseThrow().toString());
      // A professional writes the client's name into an unmet need's explanation: it must stay out of sight.
      Case c = Case.open(CaseworkGen.caseIds().next(new java.util.SplittableRandom((Long) pair[1])),
          p.client(), CaseworkGen.agencyIds().next(new java.util.SplittableRandom(1)),
          CaseworkGen.professionalIds().next(new java.util.SplittableRandom(2)), CaseworkGen.EPOCH).state();
      NeedId need = NeedId.of("n1");
      c = c.decide(new CaseCommand.RegisterNeed(need, LifeDomain.HOUSING, Urgency.URGENT,
          c.owner(), CaseworkGen.EPOCH)).state();
      var d = c.decide(new CaseCommand.DisposeNeed(need, new Disposition.Unmet(UnmetReason.OTHER,
          p.name() + " lives at " + p.address().orElseThrow().street() + ", BSN " + p.bsn().orElseThrow().value(),
          CaseworkGen.EPOCH)));
      texts.add(d.state().toString());
      texts.add(d.state().needs().toString());
      for (CaseEvent e : d.events()) {
        texts.add(e.toString());
      }
      // Invalid input built from personal data: the messages state the rule, not the input.
      String bsn = p.bsn().orElseThrow().value();
      String broken = bsn.substring(0, 8) + ((bsn.charAt(8) - '0' + 1) % 10);
      texts.add(String.valueOf(catchThrowable(() -> Bsn.parse(broken)).getMessage()));
      texts.add(String.valueOf(catchThrowable(() -> Bsn.parse(bsn + "0")).getMessage()));
      texts.add(String.valueOf(catchThrowable(() -> io.github.casework.id.ClientId.of(p.name())).getMessage()));
      texts.add(String.valueOf(catchThrowable(() -> new Address(p.name(), "", "1011AB", "Amsterdam")).getMessage()));
      for (String t : texts) {
        assertNoLeak(t, p);
      }
    });
  }

  @Test
  void personalDetailsWrittenIntoARefusalNeverShow() {
    Property.forAll("privacy.referral-no-leak", CaseworkGen.personalDetails(), p -> {
      Referral r = ReferralGen.referrals().next(new SplittableRandom(p.name().hashCode()));
      List<String> texts = new ArrayList<>();
      Referral sent = r;
      if (r.status() == ReferralStatus.DRAFT) {
        sent = r.decide(new ReferralCommand.RecordBasis(new DataSharingBasis.LegalBasis(LegalGround.PUBLIC_TASK,
            "Wmo 2015 art. 5.1.1"), r.lastChangedAt())).state()
            .decide(new ReferralCommand.Send(Deadline.after(Duration.ofDays(3)), Deadline.after(Duration.ofDays(9)),
                r.lastChangedAt())).state();
      }
      Referral from = sent;
      // A professional names the client in the criterion of a refusal.
      Refusal.NotEligible refusal = new Refusal.NotEligible(p.name() + ", BSN " + p.bsn().orElseThrow().value());
      try {
        var d = from.decide(new ReferralCommand.Refuse(refusal, from.lastChangedAt()));
        texts.add(d.state().toString());
        texts.add(d.event().toString());
        texts.add(ReferralNetwork.of(List.of(d.state())).findings(d.state().lastChangedAt()).toString());
      } catch (io.github.casework.CaseworkException e) {
        texts.add(e.getMessage());
      }
      texts.add(refusal.toString());
      for (String t : texts) {
        assertNoLeak(t, p);
      }
    });
  }
}
