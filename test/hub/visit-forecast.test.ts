import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReplayHub, PATIENT, type ReplayHub } from '../support/replay-hub.ts';
import { RECORDED_TODAY } from '../../replay/recorded.ts';
import { MEXICO_FORECAST_QUERY, SAME_MATTER_QUERY } from '../../gateway/default-query.ts';

let hub: ReplayHub;
beforeAll(async () => {
  hub = await startReplayHub({ hub: PATIENT });
}, 60_000);
afterAll(async () => {
  await hub?.close();
});

const FORECAST = `query($months: Int, $from: String, $filter: RecordFilter, $weeks: Int) {
  visitForecast(months: $months, from: $from, filter: $filter, jointWithinWeeks: $weeks) {
    from to months jointWithinWeeks
    visits { id status startDate mechanism { id } country { code } }
    pendingRequests { id status requestedOn remindersOn country { code } mandateLabels }
    reviews { id date reviewStatus mechanism { id } country { code } }
    jointOpportunities { country { code } reason from to mechanisms { id } mandateLabels visits { id } sharedThemes { code label } }
    sources { system source ok code count warnings }
  }
}`;

/**
 * Asked as the special procedures' own staff: their requested visits are MECHANISMS and the requests' dates and
 * reminders OWNER in the owners' policy (subgraphs/_shared/access-policy.ts; test/access/ checks the lesser callers).
 */
const SP_STAFF = { mechanism: 'un-sp', role: 'staff' };
const forecast = async (variables: Record<string, unknown>) => {
  const res = await hub.query(FORECAST, variables, SP_STAFF);
  expect(res.errors).toBeUndefined();
  return res.data.visitForecast;
};

describe('visitForecast through the whole hub', () => {
  it(`lists, from the pinned day (RH_TODAY=${RECORDED_TODAY}), the special-procedures visits with the IACHR's and CEDAW's reviews of the same six months`, async () => {
    const f = await forecast({ months: 6 });
    expect(f).toMatchObject({ from: '2022-02-01', to: '2022-07-31', months: 6, jointWithinWeeks: 8 });
    expect(f.visits.map((v: { id: string; status: string | null }) => [v.id, v.status])).toEqual([
      ['spinternet:expert-on-human-rights-in-the-sudan-designated-by-the-high-commissioner:sudan:2022-02-20', 'SCHEDULED'],
      ['spinternet:independent-expert-on-the-situation-of-human-rights-in-somalia:somalia:2022-03-28', 'SCHEDULED'],
      ['spinternet:working-group-on-arbitrary-detention:botswana:2022-07-04', 'ONGOING'],
      ['iachr-visits:MEX-2022-07-11', null],
      [
        'spinternet:independent-expert-on-the-situation-of-human-rights-in-the-central-african-republic:central-african-republic:2022-07-27',
        'SCHEDULED',
      ],
    ]);
    // The Central African Republic visit of February 2022 is recorded as completed: not to come.
    expect(f.visits.some((v: { id: string }) => v.id.endsWith('central-african-republic:2022-02-11'))).toBe(false);
    expect(f.reviews.map((r: { country: { code: string } }) => r.country.code)).toEqual([
      'GAB',
      'PAN',
      'SEN',
      'UGA',
      'PER',
      'UZB',
      'DOM',
      'LBN',
    ]);
    expect(
      f.reviews.every(
        (r: { mechanism: { id: string }; reviewStatus: string }) => r.mechanism.id === 'un-cedaw' && r.reviewStatus === 'SCHEDULED',
      ),
    ).toBe(true);
    expect(f.pendingRequests).toHaveLength(20);
    expect(
      f.pendingRequests
        .filter((v: { status: string }) => v.status === 'ACCEPTED')
        .map((v: { country: { code: string } }) => v.country.code),
    ).toEqual(['LUX', 'VUT', 'VUT']);
    // spinternet publishes no request dates or reminders: none are invented.
    expect(
      f.pendingRequests.every(
        (v: { requestedOn: string | null; remindersOn: string[] }) => v.requestedOn === null && v.remindersOn.length === 0,
      ),
    ).toBe(true);
    expect(f.jointOpportunities).toEqual([
      {
        country: { code: 'VUT' },
        reason: 'PENDING_AT_ONCE',
        from: null,
        to: null,
        mechanisms: [{ id: 'un-sp' }],
        mandateLabels: ['Special Rapporteur on minority issues', 'Special Rapporteur on the rights of indigenous peoples'],
        visits: [
          { id: 'spinternet:special-rapporteur-on-minority-issues:vanuatu:undated' },
          { id: 'spinternet:special-rapporteur-on-the-rights-of-indigenous-peoples:vanuatu:undated' },
        ],
        sharedThemes: [],
      },
    ]);
    expect(new Set(f.sources.map((s: { system: string }) => s.system))).toEqual(new Set(['UN', 'EUROPEAN', 'INTER_AMERICAN', 'AFRICAN']));
    expect(f.sources.every((s: { ok: boolean }) => s.ok)).toBe(true);
    expect(f.sources.find((s: { source: string }) => s.source === 'iachr-visits')).toMatchObject({ count: 1 });
  }, 30_000);

  it("gives the Mexico forecast: the IACHR visit of July 2022, and flags a scheduled visit with another mandate's pending request (Maldives, November 2019)", async () => {
    const mexico = await forecast({ filter: { countries: ['MEX'] } });
    expect(mexico.visits.map((v: { id: string }) => v.id)).toEqual(['iachr-visits:MEX-2022-07-11']);
    expect(mexico.pendingRequests).toEqual([]);
    const maldives = await forecast({ from: '2019-09-01', months: 6, filter: { countries: ['MDV'] } });
    expect(maldives.jointOpportunities).toHaveLength(1);
    expect(maldives.jointOpportunities[0]).toMatchObject({
      country: { code: 'MDV' },
      reason: 'PENDING_AT_ONCE',
      from: '2019-11-17',
      to: '2019-11-24',
    });
    expect(maldives.jointOpportunities[0].mandateLabels).toHaveLength(2);
  }, 30_000);

  it("answers GraphiQL's saved examples: the Mexico forecast and the same matter for International PEN", async () => {
    const mexico = await hub.query(MEXICO_FORECAST_QUERY);
    expect(mexico.errors).toBeUndefined();
    expect(mexico.data.visitForecast.visits.map((v: { id: string }) => v.id)).toEqual(['iachr-visits:MEX-2022-07-11']);
    const pen = await hub.query(SAME_MATTER_QUERY);
    expect(pen.errors).toBeUndefined();
    expect(pen.data.sameMatter.candidates[0].record.id).toBe('achpr:19/88');
  }, 30_000);

  it('refuses bad arguments, naming them', async () => {
    for (const [variables, argument] of [
      [{ months: 0 }, 'months'],
      [{ months: 25 }, 'months'],
      [{ from: '2022-02-30' }, 'from'],
      [{ weeks: -1 }, 'jointWithinWeeks'],
      [{ filter: { from: '2022-01-01' } }, 'filter.from'],
      [{ filter: { countries: ['ZZZ'] } }, 'filter.countries[0]'],
    ] as const) {
      const res = await hub.query(FORECAST, variables);
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', rightsHub: { argument } });
    }
  }, 30_000);
});
