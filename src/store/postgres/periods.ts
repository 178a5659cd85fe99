/**
 * The periods each actor's articles are kept summed over, whose leaders bound the actors of a range of
 * days (actor-window.ts): a month (actor_month_articles, migration 13) and a week of a month, days 1–7,
 * 8–14, 15–21 and 22 on (actor_week_articles, migration 14). A period is named by the text of its days
 * alone, so periods sort as their days do.
 */

/** A period of days: its table of sums (period, actor_id, articles) and how a day names it. */
export interface Period {
  readonly table: string;
  readonly column: string;
  /** The period a day (YYYY-MM-DD) is in. */
  of(day: string): string;
  /** `of` in SQL, of the text column `day`. */
  sql(day: string): string;
  /** The periods from the calendar's start to the day's (YYYY-MM-DD) inclusive, to count those a range touches. */
  ordinal(day: string): number;
  /** Leaders read a period at least. */
  readonly leaders: number;
  /** Periods a range may touch for the bound to be worth trying: it adds one leader's count per period. */
  readonly most: number;
  /** The leaders read a period on each try, as multiples of the first (a small store's weekly counts are few and tie). */
  readonly tries: readonly number[];
}

const monthOrdinal = (day: string): number => Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7));

/** The week of the month a day is in: 1 (days 01–07), 2 (08–14), 3 (15–21) or 4 (22 on). */
const weekOfMonth = (day: string): number => {
  const date = day.slice(8, 10);
  return date < '08' ? 1 : date < '15' ? 2 : date < '22' ? 3 : 4;
};

/** A month: '2024-03'. 200 leaders (on the synthetic 1,000,000-article store the 50th of 28 days had ~250 articles, the 200th of a month ~80). */
export const MONTH: Period = {
  table: 'actor_month_articles',
  column: 'month',
  of: (day) => day.slice(0, 7),
  sql: (day) => `substr(${day}, 1, 7)`,
  ordinal: monthOrdinal,
  leaders: 200,
  most: 3,
  tries: [1],
};

/**
 * A week of a month: '2024-03-2'. The weeks a range touches overrun it by at most six days at each end,
 * where the months overran a range of 28 days by about a month: 100 leaders a week, about three months.
 * A day the calendar lacks ('2024-02-30') is in the week its text sorts in.
 */
export const WEEK: Period = {
  table: 'actor_week_articles',
  column: 'week',
  of: (day) => `${day.slice(0, 8)}${weekOfMonth(day)}`,
  sql: (day) => `substr(${day}, 1, 8) || CASE WHEN substr(${day}, 9, 2) < '08' THEN '1' WHEN substr(${day}, 9, 2) < '15' THEN '2' WHEN substr(${day}, 9, 2) < '22' THEN '3' ELSE '4' END`,
  ordinal: (day) => monthOrdinal(day) * 4 + weekOfMonth(day),
  leaders: 100,
  most: 14,
  tries: [1, 4],
};
