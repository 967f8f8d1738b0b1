package io.github.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The core stays pure domain: Guava and the nullness annotations are all it needs besides the JDK. */
class CoreModuleTest {

  @Test
  void coreRequiresGuavaAndJSpecifyOnly() {
    ModuleDescriptor core = CaseworkException.class.getModule().getDescriptor();
    // Run on the class path, there is no descriptor to check; the build runs the tests on the module path.
    if (core == null) {
      return;
    }
    Set<String> required = core.requires().stream().map(ModuleDescriptor.Requires::name).collect(Collectors.toSet());
    assertThat(required).containsExactlyInAnyOrder("java.base", "com.google.common", "org.jspecify");
  }
}
