import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReplayHub, type ReplayHub } from '../support/replay-hub.ts';

const VISIT_FIELDS = 'id mechanism { id } jointWith { id acronym } mandateLabels startDate endDate year sourceDates provenance { source }';

describe('the whole hub on recorded responses: joint visits', () => {
  let hub: ReplayHub;
  beforeAll(async () => {
    hub = await startReplayHub();
  });
  afterAll(() => hub.close());

  it('names the IACHR as the partner of the UN freedom-of-expression visit to Mexico of 9–24 August 2010', async () => {
    const res = await hub.query(`{ country(code: "MEX") {
      visits(filter: { from: "2010-01-01", to: "2010-12-31" }) { nodes { ... on Visit { ${VISIT_FIELDS} } } sources { source ok } }
    } }`);
    expect(res.errors).toBeUndefined();
    // The IACHR side is not in the recorded pages (its rapporteurships' visit pages do not list this visit of the Special
    // Rapporteurship for Freedom of Expression): the UN record alone, naming the IACHR.
    expect(res.data.country.visits.nodes).toEqual([
      {
        id: 'spinternet:special-rapporteur-on-the-promotion-and-protection-of-the-right-to-freedom-of-opinion-and-expression:mexico:2010-08-09',
        mechanism: { id: 'un-sp' },
        jointWith: [{ id: 'ia-iachr', acronym: 'IACHR' }],
        mandateLabels: ['Special Rapporteur on the promotion and protection of the right to freedom of opinion and expression'],
        startDate: '2010-08-09',
        endDate: '2010-08-24',
        year: 2010,
        sourceDates: null,
        provenance: { source: 'spinternet' },
      },
    ]);
    expect(res.data.country.visits.sources.every((s: { ok: boolean }) => s.ok)).toBe(true);
  });

  it('gives the UN and ACHPR records of the joint visit to Tunisia of September 2012, each naming the other', async () => {
    const res = await hub.query(`{ country(code: "TUN") { visits { nodes { ... on Visit { ${VISIT_FIELDS} } } } } }`);
    expect(res.errors).toBeUndefined();
    // Known to the month only: no day, so no start date (and a date-range filter leaves them out); both undated, by id.
    expect(res.data.country.visits.nodes).toEqual([
      {
        id: 'achpr-missions:TUN-2012',
        mechanism: { id: 'af-achpr' },
        jointWith: [{ id: 'un-sp', acronym: 'SP' }],
        mandateLabels: ['Reine Alapini-Gansou (Special Rapporteur on Human Rights Defenders in Africa)'],
        startDate: null,
        endDate: null,
        year: 2012,
        sourceDates: 'September 2012',
        provenance: { source: 'achpr-missions' },
      },
      {
        id: 'spinternet:special-rapporteur-on-the-situation-of-human-rights-defenders:tunisia:2012',
        mechanism: { id: 'un-sp' },
        jointWith: [{ id: 'af-achpr', acronym: 'ACHPR' }],
        mandateLabels: ['Special Rapporteur on the situation of human rights defenders'],
        startDate: null,
        endDate: null,
        year: 2012,
        sourceDates: '2012-09 – 2012-09',
        provenance: { source: 'spinternet' },
      },
    ]);
  });

  it('gives a visit that is not joint no partner', async () => {
    const res = await hub.query(
      `{ country(code: "MEX") { visits(filter: { from: "2011-01-01", to: "2011-12-31", systems: [UN] }) { nodes { ... on Visit { id jointWith { id } } } } } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.country.visits.nodes).toEqual([
      { id: 'spinternet:special-rapporteur-on-the-right-to-food:mexico:2011-06-13', jointWith: [] },
    ]);
  });
});
