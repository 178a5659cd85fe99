/**
 * The command line of `onrecord query`: options read and checked. An option given twice is combined
 * where that has a meaning (two actors: the events between them; several modalities) and rejected
 * where it has none — never silently reduced to its last value.
 */
import { parseArgs } from 'node:util';
import { MODALITIES } from '../server/event-params.js';
import { DEFAULT_DB } from '../store/open.js';
import type { EventFilter, QuoteFilter } from '../store/store.js';
import { isIsoDate, oneOf, UsageError } from './inputs.js';
import type { CommandIO } from './io.js';
import { checkTabular, type LayerName } from './tabular.js';

/** The output formats of `query`. */
export const FORMATS = ['table', 'jsonl', 'csv', 'parquet', 'polecat'] as const;
type Format = (typeof FORMATS)[number];


/** The help text of `onrecord query`. */
export const QUERY_USAGE = `Usage: onrecord query quotes|entities|events|articles [options]

Finds quotes, actors (entities merged across articles), events or articles in the store, newest
article first (actors: most written-about first).

Options:
  --db FILE                the database (default: ./${DEFAULT_DB})
  --id ID                  the articles whose input gave them this id, one per source (articles)
  --speaker NAME|KBID      quotes of this speaker: a kbId, a whole name, or part of one (quotes)
  --actor NAME|KBID        this actor (entities), or an actor at either end (events); given twice,
                           the events between the two, in either direction
  --source-actor NAME|KBID events this actor did (events)
  --target-actor NAME|KBID events done to this actor (events)
  --from YYYY-MM-DD        articles of this day or later
  --to YYYY-MM-DD          articles of this day or earlier
  --source NAME            articles of this source (case ignored)
  --code CODE              events of this PLOVER code (events)
  --modality M             events of this modality: ${MODALITIES.join(', ')}; repeat for several (events)
  --negated / --asserted   only negated / only not negated events (events)
  --all                    events of every modality, negated or not (events)
  --political              only events between political actors (states, governments, IGOs,
                           parties, armed groups, politicians) (events)
  --search WORDS           quotes whose text has all these words; "a phrase", prefix* (quotes)
  --limit N                at most N rows (default 50; 0 for all)
  --to FORMAT              table, jsonl, csv, parquet, or polecat (events in POLECAT's layout);
                           default: table on a terminal, jsonl otherwise. jsonl, csv and parquet
                           have the columns of onrecord export (articles as jsonl: whole records,
                           as onrecord extract writes them)
  --out FILE               write to FILE (needed for parquet): it appears only once complete
  -h, --help               show this help

Events are those asserted and not negated unless --modality, --negated, --asserted or --all says
otherwise: "did not meet", "asked to meet" and "may meet" are not meetings.
--to takes a date or a format, told apart by its value; give it twice for both.`;

const OPTIONS = {
  db: { type: 'string', multiple: true },
  speaker: { type: 'string', multiple: true },
  id: { type: 'string', multiple: true },
  actor: { type: 'string', multiple: true },
  'source-actor': { type: 'string', multiple: true },
  'target-actor': { type: 'string', multiple: true },
  from: { type: 'string', multiple: true },
  to: { type: 'string', multiple: true },
  source: { type: 'string', multiple: true },
  code: { type: 'string', multiple: true },
  modality: { type: 'string', multiple: true },
  negated: { type: 'boolean' },
  asserted: { type: 'boolean' },
  all: { type: 'boolean' },
  political: { type: 'boolean' },
  search: { type: 'string', multiple: true },
  limit: { type: 'string', multiple: true },
  out: { type: 'string', short: 'o', multiple: true },
  help: { type: 'boolean', short: 'h' },
} as const;

const WHAT = ['quotes', 'entities', 'events', 'articles'] as const;

// Which options make sense for which query.
const ONLY: Record<string, ReadonlyArray<(typeof WHAT)[number]>> = {
  speaker: ['quotes'],
  id: ['articles'],
  search: ['quotes'],
  actor: ['entities', 'events'],
  'source-actor': ['events'],
  'target-actor': ['events'],
  code: ['events'],
  modality: ['events'],
  negated: ['events'],
  asserted: ['events'],
  all: ['events'],
  political: ['events'],
};

/** What one run of `query` asks. */
export interface Settings {
  what: (typeof WHAT)[number];
  db: string;
  format: Format;
  out: string | undefined;
  /** The input's own id of the articles asked for. */
  id?: string;
  filter: QuoteFilter & EventFilter;
}

function date(value: string, option: string): string {
  if (!isIsoDate(value)) throw new UsageError(`--${option} must be a date such as 2024-12-31 (or, for --to, one of ${FORMATS.join(', ')}); got "${value}"`);
  return value;
}

// The one value of an option that cannot be combined with another of its kind.
function single(values: readonly string[] | undefined, option: string): string | undefined {
  if (values !== undefined && values.length > 1) throw new UsageError(`--${option} was given ${values.length} times; it takes one value`);
  return values?.[0];
}

// The negation and modality asked for: asserted and not negated unless the options say otherwise.
function flagFilter(values: { modality?: string[]; negated?: boolean; asserted?: boolean; all?: boolean }): Pick<EventFilter, 'negated' | 'modality'> {
  if (values.negated === true && values.asserted === true) throw new UsageError('--negated and --asserted exclude each other');
  if (values.all === true && (values.negated === true || values.asserted === true || values.modality !== undefined)) throw new UsageError('--all shows every event: it takes no --modality, --negated or --asserted');
  const modality = values.modality?.map((value) => oneOf(value, MODALITIES, 'modality'));
  if (values.all === true) return {};
  if (values.negated === true) return { negated: true, ...(modality !== undefined && { modality }) };
  if (values.asserted === true) return { negated: false, ...(modality !== undefined && { modality }) };
  return modality === undefined ? { negated: false, modality: ['asserted'] } : { modality };
}

// The two sides of events: --actor once or twice, --source-actor, --target-actor.
function sideFilter(what: Settings['what'], actors: string[] | undefined, source: string | undefined, target: string | undefined): EventFilter {
  if (actors !== undefined && actors.length > 2) throw new UsageError(`--actor was given ${actors.length} times: give it once (either end) or twice (the events between two actors)`);
  if (what !== 'events') return actors?.[0] === undefined ? {} : { actor: actors[0] };
  if (actors !== undefined && (source !== undefined || target !== undefined)) throw new UsageError('--actor and --source-actor/--target-actor exclude each other: name the sides one way');
  const [first, second] = actors ?? [];
  return {
    ...(second !== undefined && first !== undefined ? { between: [first, second] as const } : first !== undefined && { actor: first }),
    ...(source !== undefined && { sourceActor: source }),
    ...(target !== undefined && { targetActor: target }),
  };
}

/** Reads the command line of `query`; 'help' when help was asked for. */
export function settings(argv: string[], io: CommandIO): Settings | 'help' {
  const { values, positionals } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true });
  if (values.help === true) return 'help';
  if (positionals.length !== 1) throw new UsageError(`say what to query: ${WHAT.join(', ')}`);
  const what = oneOf(positionals[0] ?? '', WHAT, 'query');
  for (const [option, allowed] of Object.entries(ONLY)) {
    if (values[option as keyof typeof values] !== undefined && !allowed.includes(what)) throw new UsageError(`--${option} does not apply to ${what}`);
  }
  let format: Format | undefined;
  let to: string | undefined;
  for (const value of values.to ?? []) {
    const asFormat = FORMATS.find((candidate) => candidate === value);
    if (asFormat !== undefined) format = single([...(format === undefined ? [] : [format]), asFormat], 'to (a format)') as Format;
    else to = single([...(to === undefined ? [] : [to]), date(value, 'to')], 'to (a date)');
  }
  const limitText = single(values.limit, 'limit');
  if (limitText !== undefined && !/^\d+$/.test(limitText)) throw new UsageError(`--limit must be a whole number ≥ 0; got "${limitText}"`);
  const from = single(values.from, 'from');
  if (from !== undefined && to !== undefined && from > to) throw new UsageError(`--from ${from} is after --to ${to}: the dates are backwards`);
  const text = (option: 'source' | 'speaker' | 'code' | 'search'): string | undefined => single(values[option], option);
  const [source, speaker, code, search] = [text('source'), text('speaker'), text('code'), text('search')];
  const filter: Settings['filter'] = {
    ...(from !== undefined && { from: date(from, 'from') }),
    ...(to !== undefined && { to }),
    ...(source !== undefined && { source }),
    ...(speaker !== undefined && { speaker }),
    ...sideFilter(what, values.actor, single(values['source-actor'], 'source-actor'), single(values['target-actor'], 'target-actor')),
    ...(code !== undefined && { code }),
    ...(search !== undefined && { search }),
    ...(what === 'events' && flagFilter(values)),
    ...(values.political === true && { political: true }),
    ...(limitText !== undefined && { limit: Number(limitText) }),
  };
  const out = single(values.out, 'out');
  const chosen = format ?? (io.stdout.isTTY === true ? 'table' : 'jsonl');
  if (chosen !== 'table') checkTabular(layerOf(what), chosen, out);
  else if (out !== undefined) throw new UsageError('--out applies to --to jsonl, csv, parquet or polecat');
  const id = single(values.id, 'id');
  return { what, db: single(values.db, 'db') ?? DEFAULT_DB, format: chosen, out, ...(id !== undefined && { id }), filter };
}

/** The layer of rows a query writes (actors have their own rows). */
export const layerOf = (what: Settings['what']): LayerName => (what === 'entities' ? 'articles' : what);
