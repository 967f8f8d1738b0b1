package io.github.casework.json.deser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.casework.json.CaseworkModule;
import io.github.casework.referral.DataSharingBasis;
import io.github.casework.referral.Refusal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The look-up of sealed variants answers "is there a deserializer for this class?" (Jackson's
 * {@code Deserializers.hasDeserializerFor}, which validates polymorphic subtypes) for exactly the variants of the
 * registered hierarchies, and the module reads a variant through its hierarchy's reader.
 */
class NarrowingLookupTest {

  private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new CaseworkModule());

  private static NarrowingDeserializer.Lookup lookup() {
    Map<Class<?>, CaseworkDeserializer<?>> hierarchies = new LinkedHashMap<>();
    hierarchies.put(Refusal.class, RefusalDeserializer.INSTANCE);
    hierarchies.put(DataSharingBasis.class, DataSharingBasisDeserializer.INSTANCE);
    return new NarrowingDeserializer.Lookup(hierarchies);
  }

  @Test
  void aVariantOfARegisteredHierarchyHasADeserializer() {
    DeserializationConfig config = MAPPER.getDeserializationConfig();
    assertThat(lookup().hasDeserializerFor(config, Refusal.NotEligible.class)).isTrue();
    assertThat(lookup().hasDeserializerFor(config, DataSharingBasis.Consent.class)).isTrue();
  }

  @Test
  void theHierarchyItselfAndClassesOfNoRegisteredHierarchyHaveNone() {
    DeserializationConfig config = MAPPER.getDeserializationConfig();
    // The sealed type is read by its own registered deserializer, not through this look-up.
    assertThat(lookup().hasDeserializerFor(config, Refusal.class)).isFalse();
    assertThat(lookup().hasDeserializerFor(config, NarrowingLookupTest.class)).isFalse();
    assertThat(lookup().hasDeserializerFor(config, String.class)).isFalse();
  }

  @Test
  void aVariantIsReadThroughItsHierarchyAndNarrowed() throws Exception {
    Refusal.NotEligible read = MAPPER.readValue("{\"type\":\"not-eligible\",\"criterion\":\"age\"}",
        Refusal.NotEligible.class);
    assertThat(read).isEqualTo(new Refusal.NotEligible("age"));
  }
}
