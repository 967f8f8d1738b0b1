package io.github.casework.directory;

import com.google.common.collect.ImmutableSet;
import io.github.casework.signal.Area;
import java.util.List;

/**
 * An eligibility rule compiled for evaluation: the tree's sets turned into bit masks and hash sets, and-s and or-s
 * into arrays, judged in three values ({@link ClientProfile#NO}, {@link ClientProfile#YES},
 * {@link ClientProfile#UNSURE}) without allocating. Also explains a failed rule: the literals that made it fail.
 * Immutable and thread-safe.
 */
abstract class CompiledRule {
  private static final byte NO = ClientProfile.NO;
  private static final byte YES = ClientProfile.YES;
  private static final byte UNSURE = ClientProfile.UNSURE;

  /** {@return the rule's value for a profile: NO, YES or UNSURE} */
  abstract int eval(ClientProfile p);

  static CompiledRule compile(Eligibility e) {
    if (e instanceof Eligibility.Constant c) {
      int v = c == Eligibility.Constant.EVERYONE ? YES : NO;
      return new CompiledRule() {
        @Override
        int eval(ClientProfile p) {
          return v;
        }
      };
    }
    if (e instanceof Eligibility.All a) {
      return new And(a.parts().stream().map(CompiledRule::compile).toArray(CompiledRule[]::new));
    }
    if (e instanceof Eligibility.Any a) {
      return new Or(a.parts().stream().map(CompiledRule::compile).toArray(CompiledRule[]::new));
    }
    if (e instanceof Eligibility.Not n) {
      CompiledRule inner = compile(n.rule());
      return new CompiledRule() {
        @Override
        int eval(ClientProfile p) {
          int v = inner.eval(p);
          return v == UNSURE ? UNSURE : 1 - v;
        }
      };
    }
    if (e instanceof Eligibility.AgeBetween a) {
      int min = a.min();
      int max = a.max();
      return new CompiledRule() {
        @Override
        int eval(ClientProfile p) {
          return p.age < 0 ? UNSURE : p.age >= min && p.age <= max ? YES : NO;
        }
      };
    }
    if (e instanceof Eligibility.HouseholdIn h) {
      int mask = h.situations().stream().mapToInt(s -> 1 << s.ordinal()).reduce(0, (x, y) -> x | y);
      return new CompiledRule() {
        @Override
        int eval(ClientProfile p) {
          HouseholdSituation s = p.household;
          return s == null ? UNSURE : (mask >>> s.ordinal()) & 1;
        }
      };
    }
    if (e instanceof Eligibility.IncomeIn i) {
      int mask = i.bands().stream().mapToInt(s -> 1 << s.ordinal()).reduce(0, (x, y) -> x | y);
      return new CompiledRule() {
        @Override
        int eval(ClientProfile p) {
          IncomeBand b = p.income;
          return b == null ? UNSURE : (mask >>> b.ordinal()) & 1;
        }
      };
    }
    if (e instanceof Eligibility.AreaIn a) {
      ImmutableSet<Area> areas = ImmutableSet.copyOf(a.areas());
      return new CompiledRule() {
        @Override
        int eval(ClientProfile p) {
          Area area = p.area;
          return area == null ? UNSURE : areas.contains(area) ? YES : NO;
        }
      };
    }
    return new Flag(((Eligibility.Has) e).fact());
  }

  private static final class And extends CompiledRule {
    private final CompiledRule[] parts;

    And(CompiledRule[] parts) {
      this.parts = parts;
    }

    @Override
    int eval(ClientProfile p) {
      int result = YES;
      for (CompiledRule r : parts) {
        int v = r.eval(p);
        if (v == NO) {
          return NO;
        }
        if (v == UNSURE) {
          result = UNSURE;
        }
      }
      return result;
    }
  }

  private static final class Or extends CompiledRule {
    private final CompiledRule[] parts;

    Or(CompiledRule[] parts) {
      this.parts = parts;
    }

    @Override
    int eval(ClientProfile p) {
      int result = NO;
      for (CompiledRule r : parts) {
        int v = r.eval(p);
        if (v == YES) {
          return YES;
        }
        if (v == UNSURE) {
          result = UNSURE;
        }
      }
      return result;
    }
  }

  private static final class Flag extends CompiledRule {
    private final ProfileFact fact;

    Flag(ProfileFact fact) {
      this.fact = fact;
    }

    @Override
    int eval(ClientProfile p) {
      switch (fact) {
        case PREGNANCY:
          return p.pregnant;
        case REGISTERED_ADDRESS:
          return p.registeredAddress;
        case INSURANCE:
          return p.insured;
        case EMPLOYMENT:
          return p.employed;
        case ADDICTION:
          return p.addiction;
        default:
          return p.psychiatric;
      }
    }
  }

  /**
   * Adds the literals (predicates, or negated predicates) that give a rule the value {@code target} for a profile:
   * for a failed rule, what excluded the client. Walks the tree; used only for gaps, so speed does not matter.
   */
  static void literals(Eligibility e, ClientProfile p, int target, List<Eligibility> out) {
    if (e instanceof Eligibility.All a) {
      for (Eligibility part : a.parts()) {
        if (target == YES || compile(part).eval(p) == NO) {
          literals(part, p, target, out);
        }
      }
    } else if (e instanceof Eligibility.Any a) {
      for (Eligibility part : a.parts()) {
        if (target == NO || compile(part).eval(p) == YES) {
          literals(part, p, target, out);
        }
      }
    } else if (e instanceof Eligibility.Not n) {
      if (n.rule() instanceof Eligibility.Predicate && target == NO) {
        out.add(e);
      } else {
        literals(n.rule(), p, 1 - target, out);
      }
    } else if (e instanceof Eligibility.Predicate) {
      out.add(target == NO ? e : e.negate());
    }
  }
}
