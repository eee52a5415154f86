import type { CountryRef } from '../../schema/types.ts';
import { isoFromName } from '../../schema/reference/countries.ts';

/**
 * A State as a source names it: its own wording kept, with the ISO code the shared resolver finds for the name
 * (or, failing that, for one of `alsoTry`, e.g. the name without "Republic of"). An unknown name is kept with
 * code null and a warning. countryRefOf('the Netherlands', w) → { code: 'NLD', name: 'the Netherlands' }
 */
export function countryRefOf(name: string, warnings: string[], ...alsoTry: string[]): CountryRef {
  const code = [name, ...alsoTry].map((n) => isoFromName(n)).find((c) => c !== undefined);
  if (!code) warnings.push(`unknown State name "${name}" kept without a code`);
  return { code: code ?? null, name };
}
