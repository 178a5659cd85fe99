/**
 * The dashboard: who gets quoted (by gender, by kind of actor, by outlet, month by month, the people
 * quoted most) and events by category over time. Each chart is static SVG with its numbers as a table
 * and as CSV (`/dashboard/NAME.csv`), the same tables `onrecord stats` prints.
 */
import type { Store } from '../../../store/store.js';
import { HttpError, type Context, type Reply } from '../../http.js';
import { Params } from '../../params.js';
import { statsTables, tableCsv, type StatsTable } from '../../../stats/tables.js';
import { barChart, lineChart, type Series } from '../charts.js';
import { actorHref, count, html, type Html } from '../html.js';
import { layout } from '../layout.js';
import { perVersion } from '../per-version.js';

// A chart for a table: bars for counts by label, lines for counts by month (and a series column).
function chart(table: StatsTable): Html {
  if (table.series === undefined) return barChart(`chart-${table.name}`, table.title, table.rows.map((row) => ({ label: String(row[0]), count: Number(row[1]) })));
  const months = [...new Set(table.rows.map((row) => String(row[0])))].sort();
  const names = [...new Set(table.rows.map((row) => String(row[1])))];
  const series: Series[] = names.map((name) => ({ name, points: new Map(table.rows.filter((row) => row[1] === name).map((row) => [String(row[0]), Number(row[2])])) }));
  return lineChart(`chart-${table.name}`, table.title, months, series);
}

function section(table: StatsTable): Html {
  const cell = (value: string | number, i: number): Html | string =>
    table.links !== undefined && i === 0 ? html`<a href="${actorHref(table.links[String(value)] ?? '')}">${value}</a>` : typeof value === 'number' ? count(value) : value;
  return html`<section class="stat" id="${table.name}">
<h2>${table.title}</h2>
${table.rows.length === 0 ? html`<p class="muted">${table.empty}</p>` : chart(table)}
<details><summary>The numbers</summary>
<table><thead><tr>${table.columns.map((column) => html`<th scope="col">${column}</th>`)}</tr></thead>
<tbody>${table.rows.map((row) => html`<tr>${row.map((value, i) => html`<td>${cell(value, i)}</td>`)}</tr>`)}</tbody></table>
</details>
<p><a class="csv" href="/dashboard/${table.name}.csv" download>CSV</a></p>
</section>`;
}

// The page for a store's tables (null: the store does not give the counts): it depends on nothing else.
function render(dialect: string, tables: StatsTable[] | null): string {
  if (tables === null) return layout('Dashboard', 'dashboard', html`<h1>Dashboard</h1><p class="muted">This store (${dialect}) does not give the dashboard's counts yet.</p>`);
  const content = html`
<h1>Who gets quoted</h1>
<nav class="toc" aria-label="Charts"><ul>${tables.map((table) => html`<li><a href="#${table.name}">${table.title}</a></li>`)}</ul></nav>
${tables.map(section)}`;
  return layout('Dashboard', 'dashboard', content);
}

/** The dashboard's tables and page of a store, each made once per version of the store's data (per-version.ts). */
export interface Dashboard {
  tables: () => Promise<StatsTable[] | null>;
  page: () => Promise<string>;
}

/** The dashboard of `store`: its counts read and its page drawn when first asked after the store changed. */
export function dashboard(store: Store): Dashboard {
  const tables = perVersion(store, async () => (store.stats === undefined ? null : statsTables(await store.stats())));
  return { tables, page: perVersion(store, async () => render(store.dialect, await tables())) };
}

/** Renders the dashboard for this request (the page is the same for every query: unknown parameters are ignored). */
export async function dashboardPage(c: Context, board: Dashboard): Promise<string> {
  new Params(c.url.searchParams, [], { lenient: true });
  return board.page();
}

/** One table of the dashboard as CSV. */
export async function dashboardCsv(c: Context, board: Dashboard): Promise<Reply> {
  const file = c.params['file'] ?? '';
  const name = file.replace(/\.csv$/, '');
  const tables = await board.tables();
  if (tables === null) throw new HttpError(404, 'this store does not give the dashboard’s counts');
  const table = tables.find((candidate) => candidate.name === name);
  if (table === undefined || !file.endsWith('.csv')) throw new HttpError(404, `no table named "${file}"`);
  return { type: 'text/csv; charset=utf-8', body: tableCsv(table), headers: { 'Content-Disposition': `attachment; filename="${name}.csv"` } };
}
