import { describe, expect, it } from 'vitest';
import { englishMonth, monthOfAbbreviation } from '../../adapters/_kit/months.ts';
import { calendarDay } from '../../adapters/_kit/dates.ts';

describe('English month names', () => {
  it('reads full names and three-letter abbreviations, each only in its own form', () => {
    expect(englishMonth('July')).toBe(7);
    expect(englishMonth('Jul')).toBeUndefined();
    expect(monthOfAbbreviation('NOV')).toBe(11);
    expect(monthOfAbbreviation('November')).toBeUndefined();
  });

  it('writes a day as YYYY-MM-DD', () => {
    expect(calendarDay('2024', 7, '9')).toBe('2024-07-09');
  });
});
