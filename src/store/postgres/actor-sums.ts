/**
 * The sums kept beside actor_days and actor_roles, written with them at the end of a transaction:
 * each actor's role summed over its days (actor_role_sums, migration 13) and its articles per month
 * and per week of a month (periods.ts). In their keys' order, so that two writers lock rows in
 * one order.
 */
import type { Queryable } from './db.js';
import { addSums, bytewise, ROWS_PER_STATEMENT, type SumTable } from './sums.js';
import type { Period } from './periods.js';

// A change to actor_roles and to actor_days (totals.ts's RoleShare and DayShare).
type RoleChange = Readonly<{ actor: number; role: string; day: string; entities: number }>;
type DayChange = Readonly<{ actor: number; day: string; articles: number }>;

interface RoleSum {
  actor: number;
  role: string;
  entities: number;
  first: string | null;
  last: string | null;
  /** Some day lost entities: its first and last day may have moved inwards. */
  fewer: boolean;
}

/**
 * Adds the changes of actor_roles to actor_role_sums: an added day can only widen a role's first and
 * last days; a role that lost entities on a day has them read again from its rows (an article
 * replaced or removed, not the usual write), and a role left without entities is taken out.
 */
export async function saveRoleSums(db: Queryable, roles: readonly RoleChange[]): Promise<void> {
  const sums = new Map<string, RoleSum>();
  for (const r of roles) {
    const key = JSON.stringify([r.actor, r.role]);
    const sum = sums.get(key) ?? { actor: r.actor, role: r.role, entities: 0, first: null, last: null, fewer: false };
    sum.entities += r.entities;
    if (r.entities < 0) sum.fewer = true;
    else if (r.day !== '') {
      if (sum.first === null || r.day < sum.first) sum.first = r.day;
      if (sum.last === null || r.day > sum.last) sum.last = r.day;
    }
    sums.set(key, sum);
  }
  const changed = [...sums.values()].sort((a, b) => a.actor - b.actor || bytewise(a.role, b.role));
  for (let at = 0; at < changed.length; at += ROWS_PER_STATEMENT) {
    const chunk = changed.slice(at, at + ROWS_PER_STATEMENT);
    await db.query(
      `INSERT INTO actor_role_sums AS s (actor_id, role, entities, first, last) VALUES ${chunk.map(() => '(?::bigint, ?::text, ?::int, ?::text, ?::text)').join(', ')}
       ON CONFLICT (actor_id, role) DO UPDATE SET entities = s.entities + excluded.entities,
         first = LEAST(s.first, excluded.first), last = GREATEST(s.last, excluded.last)`,
      chunk.flatMap((r) => [r.actor, r.role, r.entities, r.first, r.last]),
    );
  }
  const fewer = changed.filter((r) => r.fewer);
  if (fewer.length === 0) return;
  const pairs = `(VALUES ${fewer.map(() => '(?::bigint, ?::text)').join(', ')}) AS v(actor_id, role)`;
  const params = fewer.flatMap((r) => [r.actor, r.role]);
  await db.query(
    `UPDATE actor_role_sums s SET first = r.first, last = r.last
     FROM (SELECT r.actor_id, r.role, MIN(NULLIF(r.day, '')) AS first, MAX(NULLIF(r.day, '')) AS last
           FROM actor_roles r JOIN ${pairs} ON r.actor_id = v.actor_id AND r.role = v.role GROUP BY r.actor_id, r.role) r
     WHERE s.actor_id = r.actor_id AND s.role = r.role`,
    params,
  );
  await db.query(`DELETE FROM actor_role_sums s USING ${pairs} WHERE s.actor_id = v.actor_id AND s.role = v.role AND s.entities <= 0`, params);
}

/** Adds the changes of actor_days' articles to the sums of `period`; an actor's period left without articles is taken out. */
export async function savePeriodArticles(db: Queryable, period: Period, days: readonly DayChange[]): Promise<void> {
  const sums = new Map<string, { name: string; actor: number; articles: number }>();
  for (const d of days) {
    if (d.articles === 0) continue;
    const name = period.of(d.day);
    const key = `${name} ${d.actor}`;
    const sum = sums.get(key) ?? { name, actor: d.actor, articles: 0 };
    sum.articles += d.articles;
    sums.set(key, sum);
  }
  const changed = [...sums.values()].filter((p) => p.articles !== 0).sort((a, b) => bytewise(a.name, b.name) || a.actor - b.actor);
  const table: SumTable = { name: period.table, keys: [[period.column, 'text'], ['actor_id', 'bigint']], sum: 'articles' };
  await addSums(db, table, changed.map((p) => [p.name, p.actor, p.articles]));
}
