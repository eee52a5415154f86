const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** A month's full English name → 1–12, any case: englishMonth('July') === 7; englishMonth('Jul') === undefined. */
export function englishMonth(name: string): number | undefined {
  const i = MONTHS.indexOf(name.toLowerCase());
  return i < 0 ? undefined : i + 1;
}

/** A month's three-letter English abbreviation → 1–12, any case: monthOfAbbreviation('Nov') === 11; monthOfAbbreviation('November') === undefined. */
export function monthOfAbbreviation(abbreviation: string): number | undefined {
  const i = MONTHS.findIndex((m) => m.slice(0, 3) === abbreviation.toLowerCase());
  return i < 0 ? undefined : i + 1;
}
