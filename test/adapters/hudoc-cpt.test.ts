import { describe, expect, it } from 'vitest';
import { cptReportIdParts, parseCptSection } from '../../adapters/hudoc/cpt.ts';

/** The variants the real HUDOC-CPT feed allows: case, spacing, separators, word order, kinds, titles, dates, parts. */
describe('CPT section descriptions', () => {
  const read = (d: string) => {
    const s = parseCptSection(d);
    return s && [s.document, s.country, s.label, s.kind, s.year, s.part, s.of];
  };

  it("reads the sample's wording", () => {
    expect(parseCptSection('North Macedonia: visit 2023 - 43/65')).toEqual({
      document: 'REPORT',
      country: 'North Macedonia',
      label: 'visit',
      kind: null,
      year: 2023,
      startDate: null,
      endDate: null,
      dates: null,
      part: 43,
      of: 65,
    });
  });

  it.each([
    ['LITHUANIA: VISIT 2024 - 1/12', ['REPORT', 'LITHUANIA', 'VISIT', null, 2024, 1, 12]],
    ['Lithuania :visit 2024 -1/12', ['REPORT', 'Lithuania', 'visit', null, 2024, 1, 12]],
    ['Lithuania:  visit  2024 – 1 / 12', ['REPORT', 'Lithuania', 'visit', null, 2024, 1, 12]],
    ['Lithuania visit 2024 — 1/12', ['REPORT', 'Lithuania', 'visit', null, 2024, 1, 12]],
    ['Visit 2019: United Kingdom (Scotland) - 1/20', ['REPORT', 'United Kingdom (Scotland)', 'Visit', null, 2019, 1, 20]],
    [
      'United Kingdom (England): periodic visit 2021 - 3/40',
      ['REPORT', 'United Kingdom (England)', 'periodic visit', 'PERIODIC', 2021, 3, 40],
    ],
    ['GREECE - ad hoc visit 2024 (1/8)', ['REPORT', 'GREECE', 'ad hoc visit', 'AD_HOC', 2024, 1, 8]],
    ['Greece: Ad-hoc visit 2023 - 2/30', ['REPORT', 'Greece', 'Ad-hoc visit', 'AD_HOC', 2023, 2, 30]],
    ['Germany, periodic visit 2020 - 1/44', ['REPORT', 'Germany', 'periodic visit', 'PERIODIC', 2020, 1, 44]],
    ['Finland 2020 periodic visit - 1/20', ['REPORT', 'Finland', 'periodic visit', 'PERIODIC', 2020, 1, 20]],
    ['Georgia: visit (ad hoc) 2021 - 5/30', ['REPORT', 'Georgia', 'visit (ad hoc)', 'AD_HOC', 2021, 5, 30]],
    ['Greece | Visit | 2019 | 1/5', ['REPORT', 'Greece', 'Visit', null, 2019, 1, 5]],
    ['periodic visit to Germany - 2020 - part 1 of 12', ['REPORT', 'Germany', 'periodic visit', 'PERIODIC', 2020, 1, 12]],
    [
      '"The former Yugoslav Republic of Macedonia": visit 2016 - 1/20',
      ['REPORT', '"The former Yugoslav Republic of Macedonia"', 'visit', null, 2016, 1, 20],
    ],
    ['Türkiye: follow-up visit 2022', ['REPORT', 'Türkiye', 'follow-up visit', 'FOLLOW_UP', 2022, null, null]],
    ['France : visite périodique 2019 - 1/20', ['REPORT', 'France', 'visite périodique', 'PERIODIC', 2019, 1, 20]],
    ['Rapport au Gouvernement de la France relatif à la visite effectuée en 2019', ['REPORT', 'France', 'visite', null, 2019, null, null]],
  ])('%s', (description, expected) => {
    expect(read(description)).toEqual(expected);
  });

  it("reads the report's and the response's own titles, with the visit's dates", () => {
    expect(
      parseCptSection(
        'Report to the Government of Finland on the visit to Finland carried out by the CPT from 12 to 22 September 2022 - 1/30',
      ),
    ).toMatchObject({
      document: 'REPORT',
      country: 'Finland',
      year: 2022,
      startDate: '2022-09-12',
      endDate: '2022-09-22',
      dates: 'from 12 to 22 September 2022',
      part: 1,
      of: 30,
    });
    expect(
      parseCptSection(
        'Response of the Government of the United Kingdom to the report of the CPT on its visit from 28 November to 5 December 2016 - 2/10',
      ),
    ).toMatchObject({
      document: 'RESPONSE',
      country: 'the United Kingdom',
      year: 2016,
      startDate: '2016-11-28',
      endDate: '2016-12-05',
    });
    expect(parseCptSection('Visit to Georgia from 28 December 2016 to 5 January 2017 - 1/3')).toMatchObject({
      country: 'Georgia',
      year: 2016,
      startDate: '2016-12-28',
      endDate: '2017-01-05',
    });
    expect(parseCptSection('Russian Federation: visit November/December 2016 - 1/3')).toMatchObject({
      country: 'Russian Federation',
      year: 2016,
      startDate: null,
      dates: 'November/December 2016',
    });
    expect(parseCptSection('Visit to Malta on 5 May 2024')).toMatchObject({
      country: 'Malta',
      startDate: '2024-05-05',
      endDate: '2024-05-05',
    });
    expect(parseCptSection('Malta: visit 12.02.2024 - 22.02.2024 - 3/9')).toMatchObject({
      country: 'Malta',
      year: 2024,
      startDate: '2024-02-12',
      endDate: '2024-02-22',
      dates: '12.02.2024 - 22.02.2024',
      part: 3,
      of: 9,
    });
    expect(parseCptSection('Malta: visit 12/02/2024 to 22/02/2024')).toMatchObject({
      startDate: '2024-02-12',
      endDate: '2024-02-22',
      part: null,
    });
  });

  it('reads nothing from items that are not about a visit', () => {
    expect(parseCptSection('Azerbaijan: Public Statement 2024 - 1/1')).toBeNull();
    expect(parseCptSection('Extract from the 33rd General Report of the CPT published on 25 April 2023 - 9/14')).toBeNull();
    expect(parseCptSection('')).toBeNull();
  });

  it('reads the State and year a section id carries', () => {
    expect(cptReportIdParts('p-ltu-20240212-en')).toEqual({ code: 'LTU', year: 2024 });
    expect(cptReportIdParts('p-standard-inf-2024-16-part-en')).toBeNull();
  });
});
