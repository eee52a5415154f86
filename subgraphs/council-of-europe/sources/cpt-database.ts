import { HUDOC_SITES } from '../../../adapters/hudoc/index.ts';
import { baseUrlOf, type SourceDeclaration } from '../../_shared/source-declaration.ts';
import { cptDatabase, cptDatabaseOptions, warmCptDatabase } from '../cpt-database/database.ts';
import { cptDatabaseSource } from '../cpt-database/source.ts';
import { CPT_DATABASE } from '../cpt-database/visits.ts';
import { HUDOC_CPT } from './hudoc-feeds.ts';

/**
 * The CPT's visits from its own database (embedded PGlite, or DATABASE_URL), merged with HUDOC-CPT's, which it reads on
 * HUDOC-CPT's site (RH_HUDOC_CPT_URL). RH_CPT_DATABASE=off leaves it out, and HUDOC-CPT is then a source of its own.
 */
export const CPT_DATABASE_SOURCE: SourceDeclaration = {
  name: CPT_DATABASE,
  system: 'EUROPEAN',
  defaultUrl: HUDOC_SITES.cpt.baseUrl,
  site: HUDOC_CPT,
  sources: (env) => {
    const options = cptDatabaseOptions(env);
    return options ? [cptDatabaseSource(cptDatabase(options), { ...HUDOC_SITES.cpt, baseUrl: baseUrlOf(CPT_DATABASE_SOURCE, env) })] : [];
  },
  ownDatabase: true,
  prepare: warmCptDatabase,
  checks: () => [],
  fixtures: ['hudoc-rss'],
  readme: {
    source: "The CPT's own database (PostgreSQL; embedded PGlite unless DATABASE_URL)",
    adapter: 'subgraphs/council-of-europe/cpt-database',
    reads:
      "the CPT's visits (66 real rows of its pages, migrated and seeded), merged with HUDOC-CPT's into one record per visit (`alsoIn`)",
  },
};
