package io.github.casework.store;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts a test's helper program in a JVM of its own, on the test's class path and module path. */
final class ChildJvm {
  private ChildJvm() {}

  static Process start(Class<?> main, List<String> jvmArgs, Path log, String... args) throws IOException {
    List<String> path = new ArrayList<>();
    for (String p : new String[] {System.getProperty("jdk.module.path"), System.getProperty("java.class.path")}) {
      if (p != null && !p.isBlank()) {
        path.add(p);
      }
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmArgs);
    command.add("-cp");
    command.add(String.join(File.pathSeparator, path));
    command.add(main.getName());
    command.addAll(List.of(args));
    return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
  }
}
