import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseVisitsPage } from '../../adapters/spinternet/parse.ts';
import { toSpVisitRecord } from '../../adapters/spinternet/map.ts';
import { SPINTERNET_DEFAULTS, visitsUrl } from '../../adapters/spinternet/index.ts';

const PAGE = readFileSync(new URL('../fixtures/spinternet/country-visits.html', import.meta.url), 'utf8');

describe('the Special Procedures country-visits page, parsed', () => {
  const rows = parseVisitsPage(PAGE, 'file');

  it('reads one row per visit or visit request, by the table’s column headers', () => {
    expect(rows).toHaveLength(66);
    expect(rows.find((r) => r.country === 'Mexico')).toEqual({
      country: 'Mexico', mandate: 'Special Rapporteur on the right to food', status: 'completed', type: 'mission', from: '2011-06-13', to: '2011-06-20', report: '',
    });
  });

  it('keeps day dates, reduces month or year dates to the year, and takes the report symbol from a symbol range', () => {
    const [honduras, nigeria] = rows.slice(0, 4).filter((r) => ['Honduras', 'Nigeria'].includes(r.country)).map(toSpVisitRecord);
    expect(honduras).toMatchObject({ startDate: '2023-05-22', endDate: '2023-06-02', year: 2023, reportSymbol: 'A/HRC/56/56/Add.1' });
    expect(nigeria).toMatchObject({ startDate: null, endDate: null, year: 2019, reportSymbol: 'A/HRC/47/33/Add.2' });
    const brazil = toSpVisitRecord(rows.find((r) => r.country === 'Brazil' && r.report.includes('27/48'))!);
    expect(brazil).toMatchObject({ year: 2013, reportSymbol: 'A/HRC/27/48/Add.2-5', reportLabel: 'A/HRC/27/48/Add.2-5 (joint range)' });
  });

  it('keeps a pending request with no dates at all', () => {
    expect(toSpVisitRecord(rows.find((r) => r.country === 'Bahrain')!)).toMatchObject({ statusLabel: 'requested (outstanding)', startDate: null, year: null, reportSymbol: null });
  });

  it('refuses a page without the visits table, or without one of its columns, as a parse error', () => {
    expect(() => parseVisitsPage('<html><body>Service unavailable</body></html>', 'file')).toThrow(/no country-visits table/);
    expect(() => parseVisitsPage(PAGE.replace('>Status</th>', '>State</th>'), 'file')).toThrow(/no status column/);
  });

  it('builds the real page address', () => {
    expect(visitsUrl(SPINTERNET_DEFAULTS)).toBe('https://spinternet.ohchr.org/ViewCountryVisits.aspx?visitType=all&Lang=en');
  });
});
