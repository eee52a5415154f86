import type { ContractSource } from '../_shared/contract-source.ts';
import { uhriSource } from './uhri-source.ts';
import { tbinternetSource } from './tbinternet-source.ts';
import { tbinternetSessionsSource } from './tbinternet-sessions-source.ts';
import { spinternetSource } from './spinternet-source.ts';
import { uprInfoReviewsSource } from './upr-info-source.ts';
import { ccprFollowUpSource } from './ccpr-follow-up-source.ts';
import { spcommreportsSource } from './spcommreports-source.ts';
import { UPR_OHCHR, uprOhchrSource } from './upr-ohchr-source.ts';
import { validateUprOhchrConfig } from '../../adapters/upr-ohchr/config.ts';
import { standingInvitationResolvers } from './standing-invitations.ts';
import type { SpinternetConfig } from '../../adapters/spinternet/index.ts';
import type { TbinternetConfig } from '../../adapters/tbinternet/index.ts';
import { documentsFromEnv, type CcprFollowUpConfig } from '../../adapters/ccpr-follow-up/index.ts';

/**
 * The UN system's sources, configured from the environment:
 * RH_UHRI_URL (default https://dataex.ohchr.org), RH_UHRI_INDEX_DIR (default <tmp>/rights-hub/uhri),
 * RH_TBINTERNET_URL (default https://tbinternet.ohchr.org), RH_SPINTERNET_URL (default https://spinternet.ohchr.org),
 * RH_UPR_INFO_URL (default https://upr-info-database.uwazi.io), RH_SPCOMMREPORTS_URL (default https://spcommreports.ohchr.org),
 * RH_CCPR_FOLLOW_UP_URL (default RH_TBINTERNET_URL) and RH_CCPR_FOLLOW_UP_DOCUMENTS (follow-up reports with their States,
 * "CCPR/C/145/2/Add.1=BWA,…"; default the recorded ones) and RH_UPR_OHCHR_URL (default https://www.ohchr.org: where OHCHR's
 * UPR thematic lists are, adapters/upr-ohchr/config.ts names them). UHRI's UPR records of a report whose list upr-ohchr
 * reads are left to upr-ohchr, so a recommendation comes back once, with the document's own id and link.
 */
export function unSources(env: NodeJS.ProcessEnv): ContractSource[] {
  const uprLists = validateUprOhchrConfig(env.RH_UPR_OHCHR_URL ? { baseUrl: env.RH_UPR_OHCHR_URL } : {});
  const leftTo = { source: UPR_OHCHR, symbols: uprLists.documents.map((d) => d.symbol) };
  return [
    uhriSource({ ...(env.RH_UHRI_URL && { baseUrl: env.RH_UHRI_URL }), ...(env.RH_UHRI_INDEX_DIR && { indexDir: env.RH_UHRI_INDEX_DIR }) }, leftTo),
    uprOhchrSource(uprLists),
    tbinternetSource(tbinternetConfig(env)),
    tbinternetSessionsSource(tbinternetConfig(env)),
    spinternetSource(spinternetConfig(env)),
    uprInfoReviewsSource(env.RH_UPR_INFO_URL),
    spcommreportsSource(env.RH_SPCOMMREPORTS_URL ? { baseUrl: env.RH_SPCOMMREPORTS_URL } : {}),
    ccprFollowUpSource(ccprFollowUpConfig(env)),
  ];
}

/** Resolvers of the UN subgraph's own SDL (subgraphs/un/schema.graphql): Country.standingInvitation, from RH_SPINTERNET_URL. */
export function unResolvers(env: NodeJS.ProcessEnv): Record<string, object> {
  return standingInvitationResolvers(spinternetConfig(env));
}

/** spinternetConfig({ RH_SPINTERNET_URL: 'http://127.0.0.1:4900/spinternet' }) → { baseUrl: 'http://127.0.0.1:4900/spinternet' }; unset → {} (the live site). */
function spinternetConfig(env: NodeJS.ProcessEnv): Partial<SpinternetConfig> {
  return env.RH_SPINTERNET_URL ? { baseUrl: env.RH_SPINTERNET_URL } : {};
}

/** One Treaty Body Database for its jurisprudence and its session calendar: RH_TBINTERNET_URL, unset → {} (the live site). */
function tbinternetConfig(env: NodeJS.ProcessEnv): Partial<TbinternetConfig> {
  return env.RH_TBINTERNET_URL ? { baseUrl: env.RH_TBINTERNET_URL } : {};
}

/** The follow-up reports are Treaty Body Database documents: RH_CCPR_FOLLOW_UP_URL, else RH_TBINTERNET_URL, else the live site; RH_CCPR_FOLLOW_UP_DOCUMENTS names them. */
function ccprFollowUpConfig(env: NodeJS.ProcessEnv): Partial<CcprFollowUpConfig> {
  const baseUrl = env.RH_CCPR_FOLLOW_UP_URL || env.RH_TBINTERNET_URL;
  const documents = documentsFromEnv(env.RH_CCPR_FOLLOW_UP_DOCUMENTS);
  return { ...(baseUrl && { baseUrl }), ...(documents && { documents }) };
}
