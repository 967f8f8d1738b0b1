/**
 * A seeded generator of a fictional caseload of one welfare organisation in one city district, built only through
 * the library's commands, that plants at least one finding of every kind and records which it planted.
 */
@NullMarked
package io.github.casework.examples.sample;

import org.jspecify.annotations.NullMarked;
