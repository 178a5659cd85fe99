/**
 * Charts as static SVG drawn on the server: horizontal bars for counts by label, lines for counts over
 * months. Each has axes with ticks, labelled values and a title read by screen readers; the numbers
 * themselves go beside it as a table and as CSV (dashboard.ts).
 */
import { count, html, type Html } from './html.js';

/** A count under a label. */
export interface Bar {
  label: string;
  count: number;
}

/** A named series of counts by month (YYYY-MM). */
export interface Series {
  name: string;
  points: ReadonlyMap<string, number>;
}

/** A qualitative palette (Okabe–Ito, told apart with colour blindness too). */
export const SERIES_COLOURS = ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#56b4e9', '#d55e00', '#f0e442', '#000000'];

// Round tick steps: 1, 2 or 5 times a power of ten, about `count` of them up to `max`.
export function ticks(max: number, count = 5): number[] {
  if (max <= 0) return [0];
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((candidate) => candidate >= raw) ?? power * 10;
  const out: number[] = [];
  for (let value = 0; value <= max + step / 2; value += step) out.push(Math.round(value * 1e6) / 1e6);
  return out;
}

const short = (label: string, max = 26): string => (label.length > max ? `${label.slice(0, max - 1)}…` : label);

/** Horizontal bars, one per label, with the value at each bar's end and an axis of counts below. */
export function barChart(id: string, title: string, bars: readonly Bar[]): Html {
  const left = 170;
  const width = 640;
  const row = 22;
  const top = 10;
  const height = top + bars.length * row + 34;
  const max = Math.max(1, ...bars.map((bar) => bar.count));
  const scale = ticks(max);
  const end = scale.at(-1) ?? max;
  const x = (value: number): number => left + ((width - left - 50) * value) / end;
  return html`<svg id="${id}" class="chart bars" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${id}-title"><title id="${id}-title">${title}</title>
${scale.map((value) => html`<line class="grid" x1="${x(value)}" x2="${x(value)}" y1="${top}" y2="${height - 24}"></line><text class="tick" x="${x(value)}" y="${height - 8}" text-anchor="middle">${count(value)}</text>`)}
${bars.map(
  (bar, i) => html`<g class="bar"><text class="label" x="${left - 6}" y="${top + i * row + 15}" text-anchor="end">${short(bar.label)}<title>${bar.label}</title></text><rect x="${left}" y="${top + i * row + 3}" width="${Math.max(x(bar.count) - left, bar.count > 0 ? 1 : 0).toFixed(1)}" height="${row - 6}" fill="${SERIES_COLOURS[0]}"></rect><text class="value" x="${(x(bar.count) + 4).toFixed(1)}" y="${top + i * row + 15}">${count(bar.count)}</text></g>`,
)}
<line class="axis" x1="${left}" x2="${left}" y1="${top}" y2="${height - 24}"></line></svg>`;
}

/** Lines of counts per month, one colour (and dash) per series, with a legend. */
export function lineChart(id: string, title: string, months: readonly string[], series: readonly Series[]): Html {
  const [width, height, left, right, top, bottom] = [720, 300, 50, 150, 12, 40];
  const max = Math.max(1, ...series.flatMap((s) => [...s.points.values()]));
  const scale = ticks(max);
  const end = scale.at(-1) ?? max;
  const x = (i: number): number => left + (months.length <= 1 ? 0 : ((width - left - right) * i) / (months.length - 1));
  const y = (value: number): number => height - bottom - ((height - top - bottom) * value) / end;
  const every = Math.max(1, Math.ceil(months.length / 8));
  return html`<svg id="${id}" class="chart lines" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${id}-title"><title id="${id}-title">${title}</title>
${scale.map((value) => html`<line class="grid" x1="${left}" x2="${width - right}" y1="${y(value).toFixed(1)}" y2="${y(value).toFixed(1)}"></line><text class="tick" x="${left - 6}" y="${(y(value) + 4).toFixed(1)}" text-anchor="end">${count(value)}</text>`)}
${months.map((month, i) => (i % every === 0 ? html`<text class="tick" x="${x(i).toFixed(1)}" y="${height - bottom + 16}" text-anchor="middle">${month}</text>` : ''))}
<line class="axis" x1="${left}" x2="${width - right}" y1="${height - bottom}" y2="${height - bottom}"></line>
${series.map((s, k) => {
  const colour = SERIES_COLOURS[k % SERIES_COLOURS.length] ?? '#000';
  const points = months.map((month, i) => `${x(i).toFixed(1)},${y(s.points.get(month) ?? 0).toFixed(1)}`).join(' ');
  return html`<g class="series"><polyline points="${points}" fill="none" stroke="${colour}" stroke-width="2"${k >= SERIES_COLOURS.length ? html` stroke-dasharray="4 3"` : ''}><title>${s.name}</title></polyline>${
    months.length === 1 ? html`<circle cx="${x(0)}" cy="${y(s.points.get(months[0] ?? '') ?? 0).toFixed(1)}" r="3" fill="${colour}"></circle>` : ''
  }<rect x="${width - right + 12}" y="${top + k * 16}" width="10" height="10" fill="${colour}"></rect><text class="legend" x="${width - right + 26}" y="${top + k * 16 + 9}">${short(s.name, 18)}</text></g>`;
})}</svg>`;
}
