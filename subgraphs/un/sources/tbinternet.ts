import { SOURCE } from '../../../adapters/tbinternet/fetch.ts';
import { createTbinternetAdapter, TBINTERNET_DEFAULTS, downloadUrl, type TbinternetConfig } from '../../../adapters/tbinternet/index.ts';
import { tbinternetReplay } from '../../../adapters/tbinternet/replay.ts';
import { tbinternetCheck } from '../../../adapters/tbinternet/check.ts';
import { baseUrlOf, type SourceDeclaration } from '../../_shared/source-declaration.ts';
import type { Decision } from '../../../schema/types.ts';
import type { AdapterPage } from '../../../adapters/_kit/types.ts';
import { filtersApplied, type ContractQuery, type ContractSource, type SourceContext } from '../../_shared/contract-source.ts';
import { filteredPage } from '../../_shared/filtered-page.ts';
import { languageCode, toTbDecision } from '../to-contract.ts';
import { SOURCE as TBINTERNET_SOURCE } from '../../../adapters/tbinternet/config.ts';

/** The treaty bodies that decide individual communications. */
const TREATY_BODIES = ['un-ccpr', 'un-cat', 'un-cerd', 'un-cedaw', 'un-cescr', 'un-crc', 'un-crpd', 'un-ced', 'un-cmw'] as const;

/**
 * Treaty-body jurisprudence (views and decisions on individual communications) from the Treaty Body Database's
 * Jurisprudence search. The search cannot be asked for one State or period, so the first pages are read and
 * filtered here; the decisions of the page returned are then looked up on Download.aspx for their language versions.
 * await tbinternetSource({ baseUrl }).decisions!({ …q, countries: ['MEX'] }, ctx) → rows: [CAT/C/40/D/293/2006]
 */
export function tbinternetSource(config: Partial<TbinternetConfig> = {}): ContractSource {
  const adapter = createTbinternetAdapter(config);

  async function decisions(q: ContractQuery, ctx: SourceContext): Promise<AdapterPage<Decision>> {
    const read = await adapter.jurisprudence(ctx.fetcher);
    const warnings = [...read.warnings];
    const all = read.records.flatMap(
      ({ record: r, fetched }) => toTbDecision(r, fetched, downloadUrl(adapter.config, r.symbol), warnings) ?? [],
    );
    const page = filteredPage(all, q, { countries: (d) => d.respondents, mechanisms: (d) => [d.mechanism], order: (d) => d });
    const fetched = [...read.fetched];
    const rows = await Promise.all(
      page.rows.map(async (d) => {
        try {
          const { files, fetched: answer } = await adapter.files(symbolOf(d), ctx.fetcher);
          fetched.push(answer);
          return files.length > 0 ? { ...d, languages: [...new Set(files.map((f) => languageCode(f.language)))] } : d;
        } catch (err) {
          warnings.push(`tbinternet: the language versions of ${symbolOf(d)} could not be read (${(err as Error).message})`);
          return d;
        }
      }),
    );
    // Past maxPages the search holds more than was read: the count for the filter is not known.
    return { rows, total: read.complete ? page.total : null, fetched, warnings: [...new Set(warnings)] };
  }

  return {
    name: TBINTERNET_SOURCE,
    system: 'UN',
    mechanisms: TREATY_BODIES,
    canFilterBy: filtersApplied(),
    decisions,
  };
}

/** 'tbinternet:CAT/C/40/D/293/2006' → 'CAT/C/40/D/293/2006' */
function symbolOf(d: Decision): string {
  return d.id.slice('tbinternet:'.length);
}

export const TBINTERNET: SourceDeclaration = {
  name: SOURCE,
  system: 'UN',
  defaultUrl: TBINTERNET_DEFAULTS.baseUrl,
  sources: (env) => [tbinternetSource({ baseUrl: baseUrlOf(TBINTERNET, env) })],
  checks: () => [tbinternetCheck(TBINTERNET_DEFAULTS, SOURCE)],
  replay: { mount: () => tbinternetReplay() },
  fixtures: [SOURCE],
  readme: {
    source: 'Treaty Body Database (tbinternet, ASP.NET)',
    adapter: SOURCE,
    reads:
      "treaty-body views and decisions on individual communications: the Jurisprudence search, posted back with its ViewState, and each decision's language versions (`Download.aspx?symbolno=`)",
  },
};
