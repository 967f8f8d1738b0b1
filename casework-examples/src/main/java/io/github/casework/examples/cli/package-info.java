/**
 * The {@code casework} command line ({@link io.github.casework.examples.cli.CaseworkCommand}, built with picocli):
 * {@code demo} tells the stories of the seed article by running the library, {@code check} runs the caseload check
 * on a caseload file, {@code validate} validates a file of the wire format, and {@code sample} writes the sample
 * caseload. Results go to stdout, errors and progress to stderr; exit codes are in
 * {@link io.github.casework.examples.cli.ExitCodes}.
 */
@NullMarked
package io.github.casework.examples.cli;

import org.jspecify.annotations.NullMarked;
