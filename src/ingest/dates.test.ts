import { describe, expect, it } from 'vitest';
import { isIsoDate } from '../cli/inputs.js';
import { isCalendarDay, normaliseDate } from './dates.js';

describe('dates that name no real day', () => {
  it.each(['2024-02-30', '2023-02-29', '2024-04-31', '2024-13-01', '2024-00-10'])('%s is no calendar day, whatever the reader', (day) => {
    expect(isCalendarDay(day)).toBe(false);
    expect(normaliseDate(day)).toBeUndefined();
    expect(normaliseDate(`${day}T10:00:00Z`)).toBeUndefined();
    expect(isIsoDate(day)).toBe(false);
  });

  it('keeps real days, leap days included, and reads an RFC 822 date only when its day is real', () => {
    expect(isCalendarDay('2024-02-29')).toBe(true);
    expect(normaliseDate('2024-02-29T23:00:00+01:00')).toBe('2024-02-29T23:00:00+01:00');
    expect(isIsoDate('2024-12-31')).toBe(true);
    expect(normaliseDate('Thu, 29 Feb 2024 10:00:00 GMT')).toBe('2024-02-29T10:00:00Z');
    expect(normaliseDate('Fri, 30 Feb 2024 10:00:00 GMT')).toBeUndefined();
  });
});
