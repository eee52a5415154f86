import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Fetched } from '../../adapters/_kit/fetcher.ts';
import { execCasesOf, execDocumentsOf, latestAction, sourcedExecCases, supervisionTrack } from '../../adapters/hudoc/exec.ts';
import { HUDOC_SITES, execDocumentsSite } from '../../adapters/hudoc/config.ts';
import { hudocQuery } from '../../adapters/hudoc/fetch.ts';
import { parseHudocResults, type HudocColumns } from '../../adapters/hudoc/parse.ts';

const fixture = (path: string) => new URL(`../fixtures/${path}`, import.meta.url);
const CASES = fixture('hudoc-exec/cases.json');
const DOCUMENTS = fixture('hudoc-exec/documents.json');
const rowsOf = (file: URL) => parseHudocResults(readFileSync(file, 'utf8'), 'hudoc-exec', file.href).rows;

describe('HUDOC-EXEC case cards (the execution-case search)', () => {
  const cases = execCasesOf(rowsOf(CASES));

  it('reads the 27 real pending leading cases whole, as the expected output beside the fixture says', () => {
    expect([cases.rows.length, cases.warnings]).toEqual([27, []]);
  });

  it('reads MAHMUT KAYA v. Turkey: standard supervision, pending, leading, its group and raw status codes', () => {
    expect(cases.rows.find((c) => c.appNumbers.includes('22535/93'))).toEqual({
      id: '004-34566',
      title: 'MAHMUT KAYA v. Turkey',
      appNumbers: ['22535/93'],
      state: 'TUR',
      supervisionCode: 'STAND',
      supervision: 'standard',
      closed: false,
      leading: true,
      groupId: '885',
      judgment: { date: '2000-03-28', sourceDate: null },
      finalJudgment: { date: null, sourceDate: null },
      finalResolution: { date: null, sourceDate: null },
      statusCodes: [
        { field: 'execshortstatusexecution', value: '1' },
        { field: 'execapstatus', value: '2' },
      ],
      language: 'ENG',
    });
  });

  it('gives NEW its words, and an empty group as null', () => {
    const bitraj = cases.rows.find((c) => c.id === '004-70461')!;
    expect([bitraj.supervisionCode, bitraj.supervision, bitraj.groupId]).toEqual(['NEW', 'not yet classified', null]);
    expect(
      cases.rows.filter((c) => c.supervision === 'enhanced').length + cases.rows.filter((c) => c.supervision === 'standard').length,
    ).toBe(24);
  });

  it('reads the variance of live values: case, spacing, booleans and numbers, both date forms, several application numbers', () => {
    const [card] = execCasesOf([
      {
        execidentifier: ' 004-1 ',
        execappno: '33349/10; 3566/16',
        execsupervision: 'enha',
        execisclosed: true,
        execisprecedent: 'TRUE',
        execjudgmentdateastext: '28/03/2000 00:00:00',
        execfinalresolutiondateastext: '',
        execfinalresolutiondate: '2024-06-12T00:00:00',
        execshortstatusexecution: 3,
        execapstatus: null,
        execmastergroupid: 885,
      },
    ]).rows;
    expect(card).toMatchObject({
      id: '004-1',
      appNumbers: ['33349/10', '3566/16'],
      supervision: 'enhanced',
      closed: true,
      leading: true,
      groupId: '885',
      judgment: { date: '2000-03-28' },
      finalResolution: { date: '2024-06-12' },
      statusCodes: [{ field: 'execshortstatusexecution', value: '3' }],
    });
    expect(supervisionTrack('XYZ')).toBeNull();
  });

  it('counts and names the rows it cannot read, and keeps the others', () => {
    const rows: HudocColumns[] = [
      { exectitle: 'no id' },
      { execidentifier: '004-2', execappno: '' },
      { execidentifier: '004-3', execappno: '1/00' },
    ];
    const read = execCasesOf(rows);
    expect(read.rows.map((c) => c.id)).toEqual(['004-3']);
    expect(read.warnings).toEqual([
      'hudoc-exec: 2 case cards could not be read and were left out: row 1 (no execidentifier), 004-2 (no execappno)',
    ]);
    // Read with the answers the rows came from, the case kept keeps the third row's answer.
    const answers = rows.map((_, i): Fetched => ({
      url: `https://hudoc.exec/${i}`,
      body: '',
      contentType: null,
      fetchedAt: '2026-01-01T00:00:00.000Z',
      fromCache: false,
      stale: false,
      latencyMs: 0,
    }));
    const sourced = sourcedExecCases(rows.map((record, i) => ({ record, fetched: answers[i] })));
    expect(sourced.rows.map((r) => [r.record.id, r.fetched.url])).toEqual([['004-3', 'https://hudoc.exec/2']]);
    expect(sourced.warnings).toEqual(read.warnings);
  });

  it('searches with the execution-case clause of HUDOC-EXEC, by State and by application number', () => {
    expect(hudocQuery(HUDOC_SITES.exec, { countries: ['TUR'], from: null, to: null, appNumbers: ['22535/93', '45104/98'] })).toBe(
      'contentsitename:EXEC AND (execdocumenttype:CEC AND execisclosed:False AND execisprecedent:True AND execlanguage:ENG AND execgroup:MS)' +
        ' AND ((execstate="TUR")) AND ((execappno="22535/93" OR execappno="45104/98"))',
    );
    expect(hudocQuery(execDocumentsSite(HUDOC_SITES.exec), { countries: [], from: '2026-01-01', to: null })).toBe(
      'contentsitename:EXEC AND (execdocumenttype:CMDEC OR execdocumenttype:CMNOT OR execdocumenttype:acp OR execdocumenttype:acr)' +
        ' AND (execpublisheddate>="2026-01-01T00:00:00.0Z")',
    );
  });
});

describe("HUDOC-EXEC's Committee of Ministers documents", () => {
  const documents = execDocumentsOf(rowsOf(DOCUMENTS));

  it('reads the 12 real documents whole, as the expected output beside the fixture says', () => {
    expect([documents.rows.length, documents.warnings]).toEqual([12, []]);
  });

  it("takes a case's decision as its latest action over the notes of the same meeting, in English first", () => {
    const of = (appno: string) => latestAction(documents.rows.filter((d) => d.appNumbers.includes(appno)));
    expect(of('3566/16')).toMatchObject({
      id: '93165',
      type: 'CMDEC',
      reference: 'CM/Del/Dec(2026)1553/H46-19',
      language: 'ENG',
      date: { date: '2026-03-10' },
    });
    expect(of('48474/14')).toMatchObject({ id: '93177', reference: 'CM/Del/Dec(2026)1553/H46-31', language: 'ENG' });
    expect(of('59144/16')).toMatchObject({ type: 'acr', reference: 'DH-DD(2026)381', supervision: 'standard', closed: false });
    expect(latestAction([])).toBeNull();
  });

  it('reads a compound collection value by its first part', () => {
    const [doc] = execDocumentsOf([
      { sharepointid: 1, execdocumenttype: 'CMDEC;all', execappno: '1/00', execpublisheddate: '10/03/2026' },
    ]).rows;
    expect([doc.id, doc.type, doc.date.date]).toEqual(['1', 'CMDEC', '2026-03-10']);
  });
});
