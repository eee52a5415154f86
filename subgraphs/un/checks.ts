import { exportUrl, UHRI_DEFAULTS } from '../../adapters/uhri/config.ts';
import { readExportRecords } from '../../adapters/uhri/parse.ts';
import { textCheck, type SourceCheck } from '../_shared/source-check.ts';
import { createSourceCache } from '../../adapters/_kit/cache.ts';
import { createCachedFetcher } from '../../adapters/_kit/fetcher.ts';
import { createTbinternetAdapter, downloadUrl, searchUrl, sessionsListUrl, TBINTERNET_DEFAULTS } from '../../adapters/tbinternet/index.ts';
import { SPINTERNET_DEFAULTS, standingInvitationsUrl, visitsUrl } from '../../adapters/spinternet/index.ts';
import { parseStandingInvitationsPage, parseVisitsPage } from '../../adapters/spinternet/parse.ts';
import { isoFromName } from '../../schema/reference/countries.ts';
import { uwaziSearchCheck } from '../_shared/uwazi.ts';
import { UPR_INFO_REVIEWS, UPR_INFO_URL } from './upr-info-source.ts';
import { TBINTERNET_SESSIONS } from './tbinternet-sessions-source.ts';
import { CCPR_FOLLOW_UP_DEFAULTS, createCcprFollowUpAdapter, SOURCE as CCPR_FOLLOW_UP } from '../../adapters/ccpr-follow-up/index.ts';
import { listingUrl, SPCOMMREPORTS_DEFAULTS } from '../../adapters/spcommreports/index.ts';
import { parseListingPage } from '../../adapters/spcommreports/parse.ts';
import { toSpCommunicationRecord } from '../../adapters/spcommreports/map.ts';
import { SPCOMMREPORTS } from './spcommreports-source.ts';
import { readThematicList, SOURCE as UPR_OHCHR, UPR_OHCHR_DEFAULTS } from '../../adapters/upr-ohchr/index.ts';

/** Records read from the start of UHRI's export before the check stops (the whole export is ~365 MB). */
const SAMPLE = 20;

/**
 * Live drift checks of the UN's sources: the head of UHRI's bulk export (the adapter's streaming parser), the first
 * page of the Treaty Body Database's Jurisprudence search (GET the form, POST it back with its ViewState, parse the
 * grid), its CAT sessions list and newest session page, the Special Procedures' country-visits table and their standing-invitations table, the first ten UPR
 * reviews in UPR Info's database, the first page of the special procedures' "Communications sent" listing, the first configured
 * Human Rights Committee follow-up report (its Download.aspx, its PDF, its grades) and the first configured UPR thematic list.
 */
export function unChecks(): SourceCheck[] {
  const url = exportUrl(UHRI_DEFAULTS);
  const visits = visitsUrl(SPINTERNET_DEFAULTS);
  const thematicList = `${UPR_OHCHR_DEFAULTS.baseUrl}${UPR_OHCHR_DEFAULTS.documents[0].path}`;
  return [textCheck(UPR_OHCHR, 'UN', thematicList, (body) => readThematicList(body).recommendations.length), tbinternetCheck(), tbinternetSessionsCheck(), ccprFollowUpCheck(), textCheck('spinternet', 'UN', visits, (body) => parseVisitsPage(body, visits).length), standingInvitationsCheck(),
    uwaziSearchCheck(UPR_INFO_REVIEWS.source, 'UN', UPR_INFO_URL, UPR_INFO_REVIEWS.template), spcommreportsCheck(), {
    source: 'uhri', system: 'UN', url,
    async run(http) {
      const body = await http.getStream(url, { source: 'uhri' });
      let records = 0;
      try {
        for await (const record of readExportRecords(body, url)) {
          if (record) records++;
          if (records >= SAMPLE) break;
        }
        return { records, problems: records === 0 ? ['the export began with no readable record'] : [] };
      } catch (err) {
        return { records, problems: [(err as Error).message] };
      } finally {
        body.destroy();
      }
    },
  }];
}

/** The jurisprudence search's first results page, through the adapter's own ViewState round-trip. */
function tbinternetCheck(): SourceCheck {
  return {
    source: 'tbinternet', system: 'UN', url: searchUrl(TBINTERNET_DEFAULTS),
    async run(http) {
      try {
        const read = await createTbinternetAdapter({ maxPages: 1 }).jurisprudence(createCachedFetcher(http, createSourceCache()));
        const unread = read.records.filter((r) => !r.date || !r.symbol.includes('/D/')).length;
        return {
          records: read.records.length,
          problems: [
            ...(read.records.length === 0 ? ['the first results page listed no decision'] : []),
            ...(unread > 0 ? [`${unread} rows have no readable date or no communication symbol (…/D/…)`] : []),
          ],
        };
      } catch (err) {
        return { records: 0, problems: [(err as Error).message] };
      }
    },
  };
}

/**
 * The first configured follow-up report (CCPR/C/145/2/Add.1, Botswana), through the adapter: its Download.aspx lists an
 * English PDF, the PDF reads, and its paragraphs carry grades; a paragraph the reader could not grade is drift.
 */
function ccprFollowUpCheck(): SourceCheck {
  const [{ symbol }] = CCPR_FOLLOW_UP_DEFAULTS.documents;
  return {
    source: CCPR_FOLLOW_UP, system: 'UN', url: downloadUrl(TBINTERNET_DEFAULTS, symbol),
    async run(http) {
      try {
        const { document } = await createCcprFollowUpAdapter().document(symbol, createCachedFetcher(http, createSourceCache()));
        const paragraphs = document.states.flatMap((s) => s.paragraphs);
        return {
          records: paragraphs.length,
          problems: [
            ...(paragraphs.length === 0 ? [`${symbol} read, but no graded paragraph found`] : []),
            ...(document.issuedOn === null ? [`${symbol}: no "Distr.: General <date>" line read`] : []),
            ...document.warnings,
          ],
        };
      } catch (err) {
        return { records: 0, problems: [(err as Error).message] };
      }
    },
  };
}

/** CAT's sessions list and the page of its newest session, through the adapter: the States it lists, with the session's dates. */
function tbinternetSessionsCheck(): SourceCheck {
  return {
    source: TBINTERNET_SESSIONS, system: 'UN', url: sessionsListUrl(TBINTERNET_DEFAULTS, 'CAT'),
    async run(http) {
      try {
        const read = await createTbinternetAdapter({ maxSessions: 1 }).reviews(['CAT'], { from: null, to: null }, createCachedFetcher(http, createSourceCache()));
        const undated = read.records.some((r) => !r.session.start && !r.session.end);
        return {
          records: read.records.length,
          problems: [
            ...(read.records.length === 0 ? ['the newest CAT session lists no State (the page changed, or the session is not programmed yet)'] : []),
            ...(undated ? ['the newest CAT session has no readable start or end date in the sessions list'] : []),
          ],
        };
      } catch (err) {
        return { records: 0, problems: [(err as Error).message] };
      }
    },
  };
}

/**
 * The standing-invitations table: parsed with the adapter's parser; a State name outside ISO 3166 is drift too, since
 * Country.standingInvitation would then answer null for that State.
 */
function standingInvitationsCheck(): SourceCheck {
  const url = standingInvitationsUrl(SPINTERNET_DEFAULTS);
  return {
    source: 'spinternet-standing-invitations', system: 'UN', url,
    async run(http) {
      const { body } = await http.getText(url, { source: 'spinternet' });
      try {
        const rows = parseStandingInvitationsPage(body, url);
        const unknown = rows.filter((r) => !isoFromName(r.country)).map((r) => r.country);
        return {
          records: rows.length,
          problems: [
            ...(rows.length === 0 ? ['the standing-invitations table listed no State'] : []),
            ...(unknown.length > 0 ? [`State names not in ISO 3166 (their invitation cannot be found by code): ${unknown.join(', ')}`] : []),
          ],
        };
      } catch (err) {
        return { records: 0, problems: [(err as Error).message] };
      }
    },
  };
}

/**
 * The first page of the "Communications sent" listing, with the adapter's parser: drift is a page without the grid, a
 * row without a readable date, type or reference, or a pager that no longer states how many communications it lists.
 */
function spcommreportsCheck(): SourceCheck {
  const url = listingUrl(SPCOMMREPORTS_DEFAULTS, 1);
  return {
    source: SPCOMMREPORTS, system: 'UN', url,
    async run(http) {
      const { body } = await http.getText(url, { source: SPCOMMREPORTS });
      try {
        const page = parseListingPage(body, url);
        const records = page.rows.map((r) => toSpCommunicationRecord(r, SPCOMMREPORTS_DEFAULTS.baseUrl));
        const unread = records.filter((r) => !r.date || r.communicationType === 'OTHER' || !r.referencePrefix).map((r) => r.gId);
        return {
          records: records.length,
          problems: [
            ...(records.length === 0 ? ['the first listing page lists no communication'] : []),
            ...(unread.length > 0 ? [`rows without a readable date, known type or reference (gId ${unread.join(', ')})`] : []),
            ...(page.listed === null ? ['the pager states no count ("1 - 10 of N items"): the source total will be unknown'] : []),
          ],
        };
      } catch (err) {
        return { records: 0, problems: [(err as Error).message] };
      }
    },
  };
}
