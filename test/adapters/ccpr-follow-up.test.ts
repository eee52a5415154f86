import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createHttpClient, type HttpClient } from '../../adapters/_kit/http.ts';
import { createSourceCache } from '../../adapters/_kit/cache.ts';
import { createCachedFetcher, type SourceFetcher } from '../../adapters/_kit/fetcher.ts';
import {
  createCcprFollowUpAdapter,
  readFollowUpText,
  RECORDED_FOLLOW_UP_DOCUMENTS,
  type FollowUpDocument,
} from '../../adapters/ccpr-follow-up/index.ts';
import { documentsFromEnv } from '../../adapters/ccpr-follow-up/config.ts';
import { pdfText } from '../../adapters/ccpr-follow-up/pdf.ts';
import { followUpPdf } from '../../scripts/follow-up-pdfs.ts';
import { followUpPdfPath, followUpText } from '../../adapters/ccpr-follow-up/replay.ts';
import { tbinternetReplay } from '../../adapters/tbinternet/replay.ts';
import { startReplayServer, type ReplayServer } from '../../replay/server.ts';
import { TRACKER_PARSE } from '../../adapters/ccpr-follow-up/walk.ts';

const text = (symbol: string) => followUpText(symbol)!;
const RECORDED = RECORDED_FOLLOW_UP_DOCUMENTS.map((d) => d.symbol);
const BOTSWANA = 'CCPR/C/145/2/Add.1';
const OLD_SCALE = 'CCPR/C/116/2';

/** A document's grades in short: paragraph → the raw grades of its parts, per State. */
const gradesOf = (d: FollowUpDocument) =>
  Object.fromEntries(
    d.states.map((s) => [s.state, Object.fromEntries(s.paragraphs.map((p) => [p.paragraph, p.parts.map((x) => x.grade)]))]),
  );

describe('the follow-up reader, on the real texts (pdftotext of the documents)', () => {
  it("reads Botswana's three paragraphs, each graded [B], with the concluding observations they assess and the document's date", () => {
    const d = readFollowUpText(text(BOTSWANA));
    expect(d).toMatchObject({ symbol: BOTSWANA, issuedOn: '2026-05-11', warnings: [] });
    expect(d.states).toHaveLength(1);
    expect(d.states[0]).toMatchObject({ state: 'Botswana', coSymbol: 'CCPR/C/BWA/CO/2', coDate: '2021-11-01' });
    expect(gradesOf(d)).toEqual({ Botswana: { 22: ['B'], 26: ['B'], 30: ['B'] } });
    const p22 = d.states[0].paragraphs[0];
    expect(p22.title).toBe('Liberty and security of persons');
    expect(p22.recommendation).toMatch(
      /^In light of and bearing in mind the Committee's previous recommendation, the State Party should: \(a\) Continue its efforts/,
    );
    expect(p22.recommendation).toMatch(/not subjected to indefinite detention\.$/);
    expect(p22.parts[0].text).toMatch(/^The Committee welcomes the measures taken .* is made publicly accessible\.$/);
    // The footnote and job number of page 1 sit inside ¶22's block in the text; neither is in what is read.
    expect(JSON.stringify(d)).not.toMatch(/Adopted by the Committee|GE\.26|Submission available/);
  });

  it('reads the older scale (B1/B2, C1/C2, D1/D2) and every graded part of a paragraph, with the subparagraph it grades', () => {
    const d = readFollowUpText(text(OLD_SCALE));
    expect(d).toMatchObject({ symbol: OLD_SCALE, issuedOn: '2016-05-09', warnings: [] });
    expect(d.states.map((s) => [s.state, s.coSymbol, s.coDate])).toEqual([['Dominican Republic', 'CCPR/C/DOM/CO/5', '2012-03-27']]);
    expect(gradesOf(d)).toEqual({ 'Dominican Republic': { 8: ['C2'], 11: ['C1', 'B2', 'B2'], 22: ['B2', 'B2', 'D1'] } });
    const p11 = d.states[0].paragraphs[1];
    expect(p11.title).toBeNull();
    expect(p11.recommendation).toMatch(/^The State party should intensify its efforts to eliminate violence against women/);
    expect(p11.parts.map((p) => p.subparagraphs)).toEqual(['(a)', '(b)', '(c)']);
    expect(p11.parts[1].text).toMatch(/^The Committee notes the establishment of the 911 number/);
    // The running head ("Dominican Republic" under the symbol on each page) is not part of the evaluation.
    expect(d.states[0].paragraphs.flatMap((p) => p.parts.map((x) => x.text)).join(' ')).not.toMatch(/Dominican Republic Committee/);
    expect(d.states[0].paragraphs[2].parts[1].text).toMatch(/information on: \(i\) The criteria .* \(iv\) Measures taken/);
  });

  it('agrees with an independent parse of the same reports (UZB, BGR: grades per part, in order, normalized B1/B2 → B)', () => {
    const independent = JSON.parse(readFileSync(TRACKER_PARSE, 'utf8')) as Record<
      string,
      { assessment_symbol: string; co_symbol: string; paragraphs: { num: string; limbs: { grade: string }[] }[] }
    >;
    for (const record of Object.values(independent)) {
      const d = readFollowUpText(text(record.assessment_symbol));
      expect(d.warnings).toEqual([]);
      expect(d.states[0].coSymbol).toBe(record.co_symbol);
      expect(d.states[0].paragraphs.map((p) => [p.paragraph, p.parts.map((x) => x.grade.charAt(0))])).toEqual(
        record.paragraphs.map((p) => [p.num, p.limbs.map((l) => l.grade)]),
      );
    }
    const uzb25 = readFollowUpText(text('CCPR/C/140/2/Add.4')).states[0].paragraphs[1];
    // The independent parse let the page's footnote into ¶25 ("* Adopted by the Committee at its 140th session …"); this reader does not.
    expect(uzb25.recommendation).toContain('in line with the Manual on the Effective Investigation and Documentation of Torture');
    const bgr38 = readFollowUpText(text('CCPR/C/136/2/Add.3')).states[0].paragraphs[2];
    expect(bgr38.parts.map((p) => [p.grade, p.subparagraphs])).toEqual([
      ['A', '(a)'],
      ['C', '(b)'],
      ['B', '(c), (d), (e)'],
    ]);
  });
});

describe('the follow-up reader, on the variance of real layouts', () => {
  const botswana = text(BOTSWANA);
  const baseline = readFollowUpText(botswana);

  it.each<[string, (t: string) => string]>([
    [
      'Windows line ends, tabs, doubled spaces',
      (t) =>
        t
          .replace(/\n/g, '\r\n')
          .replace(/Committee's evaluation\r\n\[B\]/, "Committee's evaluation\t\r\n[B]  ")
          .replace(/State Party should:/g, 'State Party  should:'),
    ],
    ['"Paragraph 22" without its colon', (t) => t.replace('Paragraph 22: Liberty', 'Paragraph 22 Liberty')],
    ['curly apostrophes ("Committee’s evaluation")', (t) => t.replace(/Committee's evaluation/g, 'Committee’s evaluation')],
    [
      'a page break (footnote, job number, page number, running symbol) inside a quoted paragraph',
      (t) =>
        t.replace(
          '(b) Increase the use of non-custodial',
          '(b) Increase the use of non-\n3 See A/HRC/54/51/Add.1.\n\nGE.26-06307\n\n2\n\nCCPR/C/145/2/Add.1\ncustodial',
        ),
    ],
    [
      'a page break inside an evaluation, mid-sentence',
      (t) =>
        t.replace(
          'the Offender Reintegration Strategy and the efforts',
          'the Offender Reintegration\n\n4\n\nGE.26-06307\n\nCCPR/C/145/2/Add.1\nStrategy and the efforts',
        ),
    ],
    [
      'a grade with spaces inside its brackets',
      (t) =>
        t.replace(/\n\[B\]\nThe Committee welcomes the State Party's efforts/, "\n[ B ]\nThe Committee welcomes the State Party's efforts"),
    ],
  ])('reads the same with %s', (_, vary) => {
    expect(readFollowUpText(vary(botswana))).toEqual(baseline);
  });

  it('takes the grades of the summary line for a paragraph whose evaluation carries none, text left null', () => {
    const d = readFollowUpText(
      botswana.replace(/\n\[B\]\nThe Committee welcomes the State Party's efforts/, "\nThe Committee welcomes the State Party's efforts"),
    );
    expect(d.warnings).toEqual([]);
    expect(d.states[0].paragraphs[1].parts).toEqual([{ grade: 'B', subparagraphs: null, text: null }]);
  });

  it('names, never drops silently, a paragraph it cannot grade, and still reads the others', () => {
    const d = readFollowUpText(
      botswana
        .replace('22 [B], 26 [B] and 30 [B]', '22 [B] and 30 [B]')
        .replace(/\n\[B\]\nThe Committee welcomes the State Party's efforts/, "\n[F]\nThe Committee welcomes the State Party's efforts"),
    );
    expect(gradesOf(d)).toEqual({ Botswana: { 22: ['B'], 30: ['B'] } });
    expect(d.warnings).toEqual(['CCPR/C/145/2/Add.1 (Botswana) ¶26: no grade found in the evaluation']);
  });

  it('names a paragraph graded in the summary line whose block is missing', () => {
    const cut = botswana.slice(0, botswana.indexOf('Paragraph 30:'));
    const d = readFollowUpText(cut);
    expect(gradesOf(d)).toEqual({ Botswana: { 22: ['B'], 26: ['B'] } });
    expect(d.warnings).toEqual(['CCPR/C/145/2/Add.1 (Botswana) ¶30: graded in the summary line, but its block was not found']);
  });

  it('reads nothing, and says so, from a document that is not a follow-up report', () => {
    expect(
      readFollowUpText('United Nations\nCCPR/C/BWA/CO/2\nConcluding observations on the second periodic report of Botswana\n'),
    ).toEqual({
      symbol: null,
      issuedOn: null,
      states: [],
      warnings: ['a follow-up document without a symbol: no "Concluding observations" header found; nothing read'],
    });
  });
});

describe('the follow-up documents as PDFs (read with PDF.js)', () => {
  it('keeps the reconstructed PDFs those its script builds from the recorded texts', async () => {
    for (const symbol of RECORDED)
      expect(Buffer.compare(Buffer.from(await followUpPdf(text(symbol), symbol)), readFileSync(followUpPdfPath(symbol))), symbol).toBe(0);
  });

  it('refuses what is not a PDF, or a broken one, as a parse error', async () => {
    await expect(pdfText(Buffer.from('<html><body>Maintenance</body></html>'), 'ccpr-follow-up', 'u')).rejects.toMatchObject({
      code: 'RH_SOURCE_PARSE',
      message: expect.stringMatching(/not a PDF/),
    });
    const truncated = readFileSync(followUpPdfPath(BOTSWANA)).subarray(0, 400);
    await expect(pdfText(truncated, 'ccpr-follow-up', 'u')).rejects.toMatchObject({ code: 'RH_SOURCE_PARSE' });
  });
});

describe('the follow-up adapter against the Treaty Body Database on loopback', () => {
  let server: ReplayServer;
  let http: HttpClient;
  let fetcher: SourceFetcher;
  beforeAll(async () => {
    server = await startReplayServer({ tbinternet: tbinternetReplay() });
    http = createHttpClient({ retry: { maxRetries: 0, minDelayMs: 1, factor: 2, maxDelayMs: 1, statusCodes: [] } });
    fetcher = createCachedFetcher(http, createSourceCache());
  });
  afterAll(async () => {
    await http.close();
    await server.close();
  });

  it('reads every configured document through Download.aspx and its English PDF', async () => {
    const adapter = createCcprFollowUpAdapter({ baseUrl: server.baseUrl('tbinternet') });
    const read = await adapter.read([], fetcher);
    expect(read.warnings).toEqual([]);
    expect(read.complete).toBe(true);
    expect(read.documents.map((d) => [d.symbol, d.document.states.map((s) => s.state)])).toEqual([
      ['CCPR/C/145/2/Add.1', ['Botswana']],
      ['CCPR/C/140/2/Add.4', ['Uzbekistan']],
      ['CCPR/C/136/2/Add.3', ['Bulgaria']],
      ['CCPR/C/116/2', ['Dominican Republic']],
    ]);
    expect(read.fetched.map((f) => f.url)).toContain(
      `${server.baseUrl('tbinternet')}/_layouts/15/treatybodyexternal/DownloadDraft.aspx?key=CCPR%2FC%2F145%2F2%2FAdd.1`,
    );
    // A query for States reads only the reports configured for them, and none for a State no report assesses.
    expect((await adapter.read(['BGR', 'DOM'], fetcher)).documents.map((d) => d.symbol)).toEqual(['CCPR/C/136/2/Add.3', 'CCPR/C/116/2']);
    expect(await adapter.read(['SVN'], fetcher)).toEqual({ documents: [], fetched: [], warnings: [], complete: true });
  });

  it('says when a report assesses a State its configuration does not list for it', async () => {
    const read = await createCcprFollowUpAdapter({
      baseUrl: server.baseUrl('tbinternet'),
      documents: [{ symbol: 'CCPR/C/116/2', states: ['ISL'] }],
    }).read(['ISL'], fetcher);
    expect(read.warnings).toEqual([
      'ccpr-follow-up: CCPR/C/116/2 also assesses DOM, which RH_CCPR_FOLLOW_UP_DOCUMENTS does not list for it: a query for DOM alone does not read it',
    ]);
  });

  it('names a document the database lists no file for, and reads the others', async () => {
    const read = await createCcprFollowUpAdapter({
      baseUrl: server.baseUrl('tbinternet'),
      documents: [
        { symbol: 'CCPR/C/145/2/Add.1', states: ['BWA'] },
        { symbol: 'CCPR/C/999/2/Add.9', states: null },
      ],
    }).read(['BWA'], fetcher);
    expect(read.documents.map((d) => d.symbol)).toEqual(['CCPR/C/145/2/Add.1']);
    expect(read.complete).toBe(false);
    expect(read.warnings).toEqual([
      expect.stringMatching(/^ccpr-follow-up: CCPR\/C\/999\/2\/Add\.9 could not be read \(RH_SOURCE_PARSE: .*lists no files/),
    ]);
  });

  it('fails as a source when no document can be read', async () => {
    await expect(
      createCcprFollowUpAdapter({
        baseUrl: server.baseUrl('tbinternet'),
        documents: [{ symbol: 'CCPR/C/999/2/Add.9', states: null }],
      }).read([], fetcher),
    ).rejects.toMatchObject({ code: 'RH_SOURCE_PARSE' });
  });

  it('refuses documents that are not follow-up reports in its configuration, and reads the list from the environment', () => {
    expect(() => createCcprFollowUpAdapter({ documents: [{ symbol: 'CCPR/C/BWA/CO/2', states: ['BWA'] }] })).toThrow(/CCPR\/C\/BWA\/CO\/2/);
    expect(() => createCcprFollowUpAdapter({ documents: [{ symbol: 'CCPR/C/145/2/Add.1', states: ['Botswana'] }] })).toThrow(/ISO alpha-3/);
    expect(documentsFromEnv(' CCPR/C/145/2/Add.1=bwa, CCPR/C/116/2=DOM+ISL , CCPR/C/128/3,')).toEqual([
      { symbol: 'CCPR/C/145/2/Add.1', states: ['BWA'] },
      { symbol: 'CCPR/C/116/2', states: ['DOM', 'ISL'] },
      { symbol: 'CCPR/C/128/3', states: null },
    ]);
    expect(documentsFromEnv('')).toBeUndefined();
  });
});
