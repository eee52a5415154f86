import type { SourceCheck } from './_shared/source-check.ts';
import { unChecks } from './un/checks.ts';
import { coeChecks } from './council-of-europe/checks.ts';
import { interAmericanChecks } from './inter-american/checks.ts';
import { africanChecks } from './african/checks.ts';

/** Every source's live drift check, one list per system (add a system's checks here). */
export function allSourceChecks(): SourceCheck[] {
  return [...unChecks(), ...coeChecks(), ...interAmericanChecks(), ...africanChecks()];
}
