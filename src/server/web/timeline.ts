/** A person's quotes over time as an inline SVG bar chart: one bar per month, gaps included. */
import { href, html, type Html } from './html.js';

function nextMonth(month: string): string {
  const [year, mon] = month.split('-').map(Number);
  const y = year ?? 0;
  const m = mon ?? 1;
  return m === 12 ? `${String(y + 1).padStart(4, '0')}-01` : `${String(y).padStart(4, '0')}-${String(m + 1).padStart(2, '0')}`;
}

function lastDay(month: string): string {
  const [year, mon] = month.split('-').map(Number);
  return `${month}-${String(new Date(Date.UTC(year ?? 0, mon ?? 1, 0)).getUTCDate()).padStart(2, '0')}`;
}

/** Most months drawn: beyond that, the latest ones. */
export const MAX_MONTHS = 240;

/** The chart; each bar links to the quotes of that month by `speaker`. */
export function timelineSvg(timeline: ReadonlyArray<{ month: string; quotes: number }>, speaker: string): Html {
  const valid = timeline.filter((t) => /^\d{4}-\d{2}$/.test(t.month));
  const first = valid[0];
  const last = valid[valid.length - 1];
  if (first === undefined || last === undefined) return html`<p class="muted">No dated quotes.</p>`;
  const counts = new Map(valid.map((t) => [t.month, t.quotes]));
  const months: string[] = [];
  for (let m = first.month; m <= last.month && months.length < 10_000; m = nextMonth(m)) months.push(m);
  const shown = months.slice(-MAX_MONTHS);
  const max = Math.max(1, ...shown.map((m) => counts.get(m) ?? 0));
  const width = 720;
  const height = 160;
  const base = height - 24;
  const step = width / shown.length;
  const bars = shown.map((month, i) => {
    const n = counts.get(month) ?? 0;
    const h = (n / max) * (base - 8);
    const x = i * step;
    const bar = html`<rect x="${(x + step * 0.1).toFixed(1)}" y="${(base - h).toFixed(1)}" width="${Math.max(1, step * 0.8).toFixed(1)}" height="${h.toFixed(1)}"><title>${month}: ${n} quotes</title></rect>`;
    return n === 0 ? bar : html`<a href="${href('/', { speaker, from: `${month}-01`, to: lastDay(month) })}">${bar}</a>`;
  });
  const labelEvery = Math.max(1, Math.ceil(shown.length / 8));
  const labels = shown.map((month, i) => (i % labelEvery === 0 ? html`<text x="${(i * step + step / 2).toFixed(1)}" y="${height - 6}" text-anchor="middle">${month}</text>` : ''));
  return html`<svg class="timeline" viewBox="0 0 ${width} ${height}" role="img" aria-label="Quotes per month, ${shown[0] ?? ''} to ${shown[shown.length - 1] ?? ''}, at most ${max} in a month">
<line x1="0" y1="${base}" x2="${width}" y2="${base}" class="axis"></line>
<text x="4" y="12" class="max">${max}</text>
${bars}${labels}
</svg>`;
}
