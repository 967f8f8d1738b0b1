/**
 * Texts for people shared by the demo and the team report: dates and times in Dutch or English
 * ({@link io.github.casework.examples.text.Dates}).
 */
@NullMarked
package io.github.casework.examples.text;

import org.jspecify.annotations.NullMarked;
