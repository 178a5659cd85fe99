/** Publication dates as they come in pages and feeds, made ISO 8601 without moving them to another day. */

const ISO = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
// RFC 822 / 1123, as in RSS: "Tue, 12 Mar 2024 23:00:00 -0500" (weekday and seconds optional).
const RFC822 = /^(?:[A-Za-z]{3},\s*)?(\d{1,2})\s+([A-Za-z]{3})[a-z]*\s+(\d{2,4})\s+(\d{2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{4}|[A-Z]{1,5})?$/;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const ZONES: Record<string, string> = { UT: 'Z', UTC: 'Z', GMT: 'Z', Z: 'Z', EST: '-05:00', EDT: '-04:00', CST: '-06:00', CDT: '-05:00', MST: '-07:00', MDT: '-06:00', PST: '-08:00', PDT: '-07:00' };

const pad = (value: string | number): string => String(value).padStart(2, '0');

/**
 * True when the text starts with a real calendar day, YYYY-MM-DD: JavaScript's Date reads
 * "2024-02-30" as 1 March, so the day is checked by writing it back.
 */
export function isCalendarDay(text: string): boolean {
  const day = /^\d{4}-\d{2}-\d{2}/.exec(text)?.[0];
  if (day === undefined) return false;
  const parsed = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === day;
}

function fromRfc822(match: RegExpExecArray): string | undefined {
  const [, day, monthName, yearText, hour, minute, second = '00', zone] = match;
  const month = MONTHS.indexOf((monthName ?? '').toLowerCase());
  if (month === -1 || day === undefined || yearText === undefined) return undefined;
  const year = yearText.length === 2 ? `20${yearText}` : yearText;
  const offset = zone === undefined ? 'Z' : /^[+-]\d{4}$/.test(zone) ? `${zone.slice(0, 3)}:${zone.slice(3)}` : ZONES[zone];
  if (offset === undefined) return undefined;
  return `${year}-${pad(month + 1)}-${pad(day)}T${hour}:${minute}:${second}${offset}`;
}

/**
 * The date as ISO 8601, or undefined when it cannot be read or names no real day (30 February). ISO dates are kept as written; RFC 822
 * dates keep their own offset, so an article keeps the day it was published on where it was published.
 */
export function normaliseDate(raw: string | null | undefined): string | undefined {
  const text = raw?.trim();
  if (text === undefined || text === '') return undefined;
  if (ISO.test(text)) return isCalendarDay(text) && !Number.isNaN(Date.parse(text)) ? text : undefined;
  const rfc = RFC822.exec(text);
  if (rfc) {
    const iso = fromRfc822(rfc);
    return iso !== undefined && isCalendarDay(iso) && !Number.isNaN(Date.parse(iso)) ? iso : undefined;
  }
  const parsed = Date.parse(text);
  return Number.isNaN(parsed) ? undefined : new Date(parsed).toISOString();
}
