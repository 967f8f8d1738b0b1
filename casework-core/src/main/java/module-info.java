/**
 * The casework domain: ids, parties, cases with accountable needs, referrals, escalations,
 * signals, norms and the caseload check. Pure domain: no I/O, no threads, no global state.
 */
module io.github.casework.core {
  requires transitive com.google.common;
  requires static org.jspecify;

  exports io.github.casework;
  exports io.github.casework.id;
  exports io.github.casework.party;
  exports io.github.casework.casefile;
  exports io.github.casework.norm;
  exports io.github.casework.escalation;
  exports io.github.casework.signal;
  exports io.github.casework.referral;
  exports io.github.casework.check;
  exports io.github.casework.privacy;
  exports io.github.casework.directory;
}
