/**
 * Norms and time: {@link io.github.casework.norm.ServiceNorms} (named time limits an agency can override, with a
 * Dutch default set from the Wet gemeentelijke schuldhulpverlening), {@link io.github.casework.norm.TimeLimit}
 * (calendar durations, periods or working days) and {@link io.github.casework.norm.WorkingDayCalendar} with the
 * Dutch national public holidays in {@link io.github.casework.norm.DutchHolidays}.
 *
 * <p>Nothing here reads a clock: every computation takes the instant or date it starts from.
 */
@NullMarked
package io.github.casework.norm;

import org.jspecify.annotations.NullMarked;
