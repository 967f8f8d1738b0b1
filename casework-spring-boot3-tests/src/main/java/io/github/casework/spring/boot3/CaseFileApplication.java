package io.github.casework.spring.boot3;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A Spring Boot 3.5 application as a vendor writes one: nothing but the casework starter on its class path and no
 * casework bean of its own, so that the tests see what the starter alone does.
 */
@SpringBootApplication
public class CaseFileApplication {

  /** Created by Spring. */
  public CaseFileApplication() {}

  /**
   * Starts the application.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    SpringApplication.run(CaseFileApplication.class, args);
  }
}
