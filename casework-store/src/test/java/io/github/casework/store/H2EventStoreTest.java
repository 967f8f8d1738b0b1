package io.github.casework.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The contract on the embedded default: an H2 database in a file. */
class H2EventStoreTest extends EventStoreContract {
  @TempDir
  Path dir;

  @Override
  protected EventStore newStore() {
    return JdbcEventStore.embedded(dir.resolve("store"));
  }
}
