/**
 * The DDAS delivery of early warning of payment arrears to CBS: {@link io.github.casework.json.ddas.DdasExport}
 * writes the DDAS Uitwisselmodel v1.2 (VNG Realisatie) JSON of a municipality's
 * {@link io.github.casework.earlywarning.OutreachCase}s over a period, and
 * {@link io.github.casework.json.ddas.DdasSummary} counts a delivery, ours or anyone's. The Uitwisselmodel is not
 * casework's wire format: it has its own member names, code lists and versions, so it lives apart from the
 * envelope documents of {@link io.github.casework.json.CaseworkJson}.
 */
@NullMarked
package io.github.casework.json.ddas;

import org.jspecify.annotations.NullMarked;
