/**
 * The stories of the seed article, told by running the library with fixed instants and ids: Mr. K.'s escalation
 * and the structural signal that follows ({@link io.github.casework.examples.stories.MrKStory}), and the client sent
 * between the clinic and social work ({@link io.github.casework.examples.stories.ClinicStory}). Each adds its
 * narration, the events it produced and the findings of the caseload check to a
 * {@link io.github.casework.examples.stories.Timeline}.
 */
@NullMarked
package io.github.casework.examples.stories;

import org.jspecify.annotations.NullMarked;
