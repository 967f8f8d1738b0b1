package io.github.casework.party;

import io.github.casework.testing.Rejections;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.casework.InvalidValueException;
import io.github.casework.testing.CaseworkGen;
import io.github.casework.testing.Property;
import org.junit.jupiter.api.Test;

class BsnTest {

  /** The 11-proof written out independently of {@link Bsn}: weights 9..2 and -1, the sum divisible by 11. */
  static boolean elevenProof(String s) {
    if (!s.matches("[0-9]{9}") || s.equals("000000000")) {
      return false;
    }
    int[] weights = {9, 8, 7, 6, 5, 4, 3, 2, -1};
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += weights[i] * Character.getNumericValue(s.charAt(i));
    }
    return Math.floorMod(sum, 11) == 0;
  }

  @Test
  void agreesWithAnIndependentElevenProofOnEveryNineDigitString() {
    Property.forAll("bsn.eleven-proof", CaseworkGen.nineDigits(), s -> {
      assertThat(Bsn.isValid(s)).as(s).isEqualTo(elevenProof(s));
      if (elevenProof(s)) {
        assertThat(Bsn.parse(s).value()).isEqualTo(s);
      } else {
        assertThatThrownBy(() -> Bsn.parse(s)).isInstanceOf(InvalidValueException.class);
      }
    });
  }

  @Test
  void generatedBsnsPassTheIndependentProof() {
    Property.forAll("bsn.generated", CaseworkGen.bsns(), b -> assertThat(elevenProof(b.value())).isTrue());
  }

  @Test
  void knownExamples() {
    assertThat(Bsn.isValid("111222333")).isTrue();
    assertThat(Bsn.isValid("123456782")).isTrue();
    assertThat(Bsn.isValid("123456789")).isFalse();
    assertThatThrownBy(() -> Bsn.parse("000000000")).extracting(Rejections::code).isEqualTo("bsn.all-zeros");
    assertThatThrownBy(() -> Bsn.parse("12345678")).extracting(Rejections::code).isEqualTo("bsn.length");
    assertThatThrownBy(() -> Bsn.parse("1234567890")).extracting(Rejections::code).isEqualTo("bsn.length");
    assertThatThrownBy(() -> Bsn.parse("12345678a")).extracting(Rejections::code).isEqualTo("bsn.not-digits");
    assertThatThrownBy(() -> Bsn.parse("123456789")).extracting(Rejections::code).isEqualTo("bsn.eleven-proof");
  }

  @Test
  void toStringMasksAllButTheLastFourDigits() {
    assertThat(Bsn.parse("123456782").toString()).isEqualTo("*****6782");
  }
}
