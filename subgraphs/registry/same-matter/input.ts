import type { RecordFilter } from '../../../schema/types.ts';
import { badInput, canonicalFilter, checkFirst } from '../../../schema/filter.ts';
import { countryByCode } from '../../../schema/reference/countries.ts';
import { MECHANISMS, mechanismById } from '../../../schema/reference/mechanisms.ts';
import { parseRightReference, rightsOfArticle } from '../../../schema/reference/rights-concordance.ts';

/** SameMatterInput as the client sends it. */
export interface SameMatterInputArgs {
  persons?: string[] | null;
  respondents?: string[] | null;
  facts?: string | null;
  rights?: string[] | null;
  from?: string | null;
  to?: string | null;
  excludeMechanisms?: string[] | null;
  first?: number | null;
}

/** The checked question, as its id carries it: codes resolved, text trimmed, lists de-duplicated. */
export interface SameMatterQuestion {
  persons: string[];
  respondents: string[];
  facts: string | null;
  rights: string[];
  from: string | null;
  to: string | null;
  excludeMechanisms: string[];
  first: number;
}

export const SAME_MATTER_LIMITS = {
  persons: 10,
  personLength: 120,
  respondents: 10,
  rights: 20,
  facts: 500,
  excludeMechanisms: 30,
} as const;

function checkList(argument: string, values: string[] | null | undefined, max: number): string[] {
  const list = values ?? [];
  if (list.length > max) throw badInput(argument, `at most ${max} values; got ${list.length}`);
  return list;
}

/** Validates everything before anything is fetched; BAD_USER_INPUT names the argument (input.persons[2], input.rights[0]…). */
export function checkSameMatterInput(input: SameMatterInputArgs): SameMatterQuestion {
  const persons = checkList('input.persons', input.persons, SAME_MATTER_LIMITS.persons).map((name, i) => {
    const trimmed = name.trim().replace(/\s+/g, ' ');
    if (!trimmed) throw badInput(`input.persons[${i}]`, 'a name may not be empty');
    if (trimmed.length > SAME_MATTER_LIMITS.personLength)
      throw badInput(`input.persons[${i}]`, `a name is limited to ${SAME_MATTER_LIMITS.personLength} characters`);
    return trimmed;
  });
  const respondents = checkList('input.respondents', input.respondents, SAME_MATTER_LIMITS.respondents).map((code, i) => {
    const country = countryByCode(code);
    if (!country) throw badInput(`input.respondents[${i}]`, `unknown country code "${code}"; use ISO 3166 alpha-3 (PER) or alpha-2 (PE)`);
    return country.alpha3;
  });
  if (respondents.length === 0)
    throw badInput(
      'input.respondents',
      'name at least one respondent State (ISO 3166 code): the same matter is always against the same State',
    );
  const facts = input.facts?.trim() || null;
  if (facts && facts.length > SAME_MATTER_LIMITS.facts)
    throw badInput('input.facts', `the facts are limited to ${SAME_MATTER_LIMITS.facts} characters`);
  const rights = checkList('input.rights', input.rights, SAME_MATTER_LIMITS.rights).map((reference, i) => {
    const parsed = parseRightReference(reference);
    if (!parsed)
      throw badInput(
        `input.rights[${i}]`,
        `expected an instrument and an article, e.g. "ICCPR 7", "ECHR P1-1", "ACHR 5", "ACHPR 7(1)(a)", "CAT 16"; got "${reference}"`,
      );
    if (rightsOfArticle(parsed.instrument, parsed.article).length === 0)
      throw badInput(
        `input.rights[${i}]`,
        `${parsed.instrument} ${parsed.article} is in no row of the rights concordance (schema/reference/rights-concordance.ts)`,
      );
    return `${parsed.instrument} ${parsed.article}`;
  });
  const excludeMechanisms = checkList('input.excludeMechanisms', input.excludeMechanisms, SAME_MATTER_LIMITS.excludeMechanisms).map(
    (id, i) => {
      if (!mechanismById(id)) throw badInput(`input.excludeMechanisms[${i}]`, `unknown mechanism "${id}" (see Query.mechanisms)`);
      return id;
    },
  );
  const { from, to } = canonicalFilter({ from: input.from, to: input.to }, 'input');
  return {
    persons: [...new Set(persons)],
    respondents: [...new Set(respondents)].sort(),
    facts,
    rights: [...new Set(rights)],
    from,
    to,
    excludeMechanisms: [...new Set(excludeMechanisms)].sort(),
    first: checkFirst(input.first, 'input.first'),
  };
}

/** What each system is asked: the lists' filter for those States in that period, without the excluded mechanisms. */
export function sameMatterFilter(q: SameMatterQuestion): RecordFilter {
  const mechanisms = q.excludeMechanisms.length > 0 ? MECHANISMS.map((m) => m.id).filter((id) => !q.excludeMechanisms.includes(id)) : [];
  return canonicalFilter({ countries: q.respondents, from: q.from, to: q.to, mechanisms }, 'input');
}
