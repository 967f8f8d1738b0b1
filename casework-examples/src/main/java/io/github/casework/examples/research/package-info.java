/**
 * Reading a pseudonymised research export ({@link io.github.casework.privacy.ResearchExport}) back: fitting the
 * simulation kit's arrival and service-time parameters to it
 * ({@link io.github.casework.examples.research.ResearchFit}).
 */
@NullMarked
package io.github.casework.examples.research;

import org.jspecify.annotations.NullMarked;
