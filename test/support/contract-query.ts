import type { ContractQuery } from '../../subgraphs/_shared/contract-source.ts';

/** A reader's query for everything it holds, the first 100 (tests narrow it with a spread: { ...ALL, countries: ['SVN'] }). */
export const ALL: ContractQuery = {
  countries: [],
  from: null,
  to: null,
  text: null,
  offset: 0,
  limit: 100,
  themes: [],
  mechanisms: [],
  articles: [],
  importance: [],
  since: null,
};
