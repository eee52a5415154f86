import type { RecordFilter } from '../../../schema/types.ts';
import { badInput, canonicalFilter, checkDate, isIntegerIn, type RecordFilterInput } from '../../../schema/filter.ts';

/** The registry's clock: today's UTC date (YYYY-MM-DD). */
export type Today = () => string;

/**
 * Today from configuration: RH_TODAY (YYYY-MM-DD) pins it (the demo and the tests pin it to a day of the recorded
 * data), else the current UTC date. todayFrom({ RH_TODAY: '2022-02-01' })() === '2022-02-01'.
 */
export function todayFrom(env: NodeJS.ProcessEnv, now: () => Date = () => new Date()): Today {
  const pinned = env.RH_TODAY?.trim();
  if (pinned) {
    const day = checkDate('RH_TODAY', pinned)!;
    return () => day;
  }
  return () => now().toISOString().slice(0, 10);
}

export const FORECAST_LIMITS = { months: 24, jointWithinWeeks: 52 } as const;

/** The checked forecast question, as its id carries it. */
export interface ForecastQuestion {
  from: string;
  to: string;
  months: number;
  jointWithinWeeks: number;
  /** The client's filter (countries, systems, mechanisms, …) without dates. */
  filter: RecordFilter;
}

export interface ForecastArgs {
  months?: number | null;
  from?: string | null;
  filter?: RecordFilterInput | null;
  jointWithinWeeks?: number | null;
}

/** The window's last day: addMonths('2022-02-01', 6) → '2022-07-31'; ('2024-08-31', 6) → '2025-02-28'. */
function lastDayOf(from: string, months: number): string {
  const [y, m, d] = from.split('-').map(Number);
  const monthEnd = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  const end = new Date(Date.UTC(y, m - 1 + months, Math.min(d, monthEnd)));
  end.setUTCDate(end.getUTCDate() - 1);
  return end.toISOString().slice(0, 10);
}

export function checkForecastArgs(args: ForecastArgs, today: Today): ForecastQuestion {
  const months = args.months ?? 6;
  if (!isIntegerIn(months, 1, FORECAST_LIMITS.months))
    throw badInput('months', `must be an integer from 1 to ${FORECAST_LIMITS.months}; got ${months}`);
  const jointWithinWeeks = args.jointWithinWeeks ?? 8;
  if (!isIntegerIn(jointWithinWeeks, 0, FORECAST_LIMITS.jointWithinWeeks))
    throw badInput('jointWithinWeeks', `must be an integer from 0 to ${FORECAST_LIMITS.jointWithinWeeks}; got ${jointWithinWeeks}`);
  const from = checkDate('from', args.from ?? today())!;
  if (args.filter?.from || args.filter?.to || args.filter?.since)
    throw badInput(
      args.filter.from ? 'filter.from' : args.filter.to ? 'filter.to' : 'filter.since',
      "the forecast's window is set by `from` and `months`; leave the filter's dates out",
    );
  const filter = canonicalFilter(args.filter);
  return { from, to: lastDayOf(from, months), months, jointWithinWeeks, filter };
}
