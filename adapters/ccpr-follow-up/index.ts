import { getRead, type Fetched, type SourceFetcher } from '../_kit/fetcher.ts';
import { asSourceError, SourceParseError } from '../_kit/errors.ts';
import { createTbinternetAdapter, type TbFile } from '../tbinternet/index.ts';
import { validateCcprFollowUpConfig, type CcprFollowUpConfig, type FollowUpReport } from './config.ts';
import { isPdf, pdfText } from './pdf.ts';
import { readFollowUpText, type FollowUpDocument } from './read.ts';

export type { FollowUpDocument, GradedPart, ParagraphAssessment, StateAssessment } from './read.ts';
export {
  CCPR_FOLLOW_UP_DEFAULTS,
  documentsFromEnv,
  RECORDED_FOLLOW_UP_DOCUMENTS,
  type CcprFollowUpConfig,
  type FollowUpReport,
} from './config.ts';
export { readFollowUpText } from './read.ts';

export const SOURCE = 'ccpr-follow-up';

/** One follow-up document read: what it says, and the PDF it was read from. */
export interface ReadDocument {
  symbol: string;
  document: FollowUpDocument;
  fetched: Fetched;
}

/** What a query read: every configured document that could be read, and what went wrong with the others. */
export interface FollowUpRead {
  documents: ReadDocument[];
  /** The Download.aspx pages and the PDFs. */
  fetched: Fetched[];
  warnings: string[];
  /** false when a document could not be read: its grades are missing. */
  complete: boolean;
}

export interface CcprFollowUpAdapter {
  readonly config: CcprFollowUpConfig;
  /**
   * The configured documents that may assess one of these States (all for none), in parallel: each one's language
   * versions (Download.aspx), then its English PDF, read.
   */
  read(countries: readonly string[], fetcher: SourceFetcher): Promise<FollowUpRead>;
  /** One document by symbol (the live check reads one). */
  document(symbol: string, fetcher: SourceFetcher): Promise<ReadDocument & { download: Fetched }>;
}

/**
 * The Human Rights Committee's follow-up assessments, read from the documents themselves: the Treaty Body Database's
 * Download.aspx?symbolno= lists a document's language versions; the English PDF is fetched and its text read.
 * await createCcprFollowUpAdapter({ baseUrl }).read(fetcher) → { documents: [{ symbol: 'CCPR/C/145/2/Add.1', document:
 * { states: [{ state: 'Botswana', … }] } }, …] }
 */
export function createCcprFollowUpAdapter(config: Partial<CcprFollowUpConfig> = {}): CcprFollowUpAdapter {
  const cfg = validateCcprFollowUpConfig(config);
  const tbinternet = createTbinternetAdapter({ baseUrl: cfg.baseUrl, ttlMs: cfg.ttlMs });

  async function document(symbol: string, fetcher: SourceFetcher): Promise<ReadDocument & { download: Fetched }> {
    const listed = await tbinternet.files(symbol, fetcher);
    const file = englishPdf(listed.files, symbol);
    // The PDF's text is read before the body is cached: a body that is no PDF, or one PDF.js cannot read, never is.
    const { fetched, parsed: read } = await getRead(
      fetcher,
      file.url,
      { source: SOURCE, ttlMs: cfg.ttlMs, accept: 'application/pdf', binary: true },
      'follow-up',
      async (body) => {
        const bytes = Buffer.from(body, 'latin1');
        if (!isPdf(bytes))
          throw new SourceParseError(`${SOURCE}: ${file.url} answered something other than a PDF`, SOURCE, { url: file.url });
        return readFollowUpText(await pdfText(bytes, SOURCE, file.url));
      },
    );
    if (read.symbol !== null && read.symbol !== symbol)
      throw new SourceParseError(`${SOURCE}: the file listed for ${symbol} is ${read.symbol}`, SOURCE, { url: file.url });
    return { symbol, document: read, fetched, download: listed.fetched };
  }

  async function read(countries: readonly string[], fetcher: SourceFetcher): Promise<FollowUpRead> {
    const asked = cfg.documents.filter((d) => countries.length === 0 || d.states === null || d.states.some((s) => countries.includes(s)));
    const settled = await Promise.allSettled(asked.map((d) => document(d.symbol, fetcher)));
    const documents = settled.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
    const failed = settled.flatMap((r, i) =>
      r.status === 'rejected' ? [{ symbol: asked[i].symbol, error: asSourceError(r.reason, SOURCE) }] : [],
    );
    // Nothing read at all: the source is down, and says so as its error.
    if (documents.length === 0 && failed.length > 0) throw failed[0].error;
    return {
      documents,
      fetched: documents.flatMap((d) => [d.download, d.fetched]),
      warnings: [
        ...failed.map((f) => `${SOURCE}: ${f.symbol} could not be read (${f.error.code}: ${f.error.message}); its grades are missing`),
        ...documents.flatMap((d) => d.document.warnings.map((w) => `${SOURCE}: ${w}`)),
        ...documents.flatMap((d) =>
          unlisted(
            d,
            asked.find((a) => a.symbol === d.symbol)!,
          ),
        ),
      ],
      complete: failed.length === 0,
    };
  }

  return { config: cfg, read, document };
}

/** The English PDF among a document's language versions; the reader reads PDF only, so a Word-only listing is an error naming it. */
function englishPdf(files: TbFile[], symbol: string): TbFile {
  const english = files.filter((f) => /^english$/i.test(f.language) || /^en$/i.test(f.language));
  const pdf = english.find((f) => f.format === '.pdf');
  if (pdf) return pdf;
  const what =
    english.length > 0
      ? `only ${english.map((f) => f.format).join(', ')} in English`
      : files.length > 0
        ? `no English version (${files.map((f) => f.language).join(', ')})`
        : 'no files';
  throw new SourceParseError(`${SOURCE}: Download.aspx lists ${what} for ${symbol}; the hub reads the English PDF`, SOURCE);
}

/** A State a document assesses that its configuration does not list: queries for that State would not read the document. */
function unlisted(read: ReadDocument, report: FollowUpReport): string[] {
  if (report.states === null) return [];
  const codes = read.document.states.map((s) => s.coSymbol?.split('/')[2]).filter((c): c is string => c !== undefined);
  return codes
    .filter((c) => !report.states!.includes(c))
    .map(
      (c) =>
        `${SOURCE}: ${read.symbol} also assesses ${c}, which RH_CCPR_FOLLOW_UP_DOCUMENTS does not list for it: a query for ${c} alone does not read it`,
    );
}
