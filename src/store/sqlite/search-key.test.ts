import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { dayIndex, dayIndexSql, isCalendarDay, QUOTE_ID_SPAN, searchKeySql } from './search-key.js';

describe('search keys', () => {
  const db = new Database(':memory:');
  const sqlIndex = (day: string | null): number => Number(db.prepare(`SELECT ${dayIndexSql('@day')}`).pluck().get({ day }));

  it('numbers days the same in SQL and in JavaScript, from 1 for 0000-01-01', () => {
    for (const day of ['0000-01-01', '0001-03-01', '1899-12-31', '1970-01-01', '2000-02-29', '2024-12-31', '2100-03-01', '9999-12-31']) {
      expect(sqlIndex(day)).toBe(dayIndex(day));
    }
    expect(dayIndex('0000-01-01')).toBe(1);
    expect(dayIndex('2024-03-02') - dayIndex('2024-02-28')).toBe(3);
  });

  it('gives no day index 0, below every day, and keeps keys exact in JavaScript', () => {
    expect(sqlIndex(null)).toBe(0);
    expect(sqlIndex('not a day')).toBe(0);
    expect(sqlIndex('2024')).toBe(0);
    const key = Number(db.prepare(`SELECT ${searchKeySql('@day', '@id')}`).pluck().get({ day: '9999-12-31', id: QUOTE_ID_SPAN - 1 }));
    expect(Number.isSafeInteger(key)).toBe(true);
    expect(key % QUOTE_ID_SPAN).toBe(QUOTE_ID_SPAN - 1);
  });

  it('takes only real calendar days as bounds', () => {
    expect(['2024-02-29', '0000-01-01'].map(isCalendarDay)).toEqual([true, true]);
    expect(['2023-02-29', '2024-13-01', '2024-1-01', '2024-01-01T00:00', ''].map(isCalendarDay)).toEqual([false, false, false, false, false]);
  });
});
