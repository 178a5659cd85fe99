/** `onrecord kb import FILE` and `onrecord kb lookup NAME [--date D]`: the user's knowledge base, and what the linker knows. */
import { mkdirSync, readFileSync, writeFileSync, renameSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultKnowledgeBase, readUserPersons, userKnowledgeBasePath, type KbPerson } from '../kb/knowledge-base.js';
import { mergePersons, parseImport } from '../kb/import.js';
import { roleOn } from '../kb/roles.js';
import { isIsoDate } from '../kb/offices-format.js';
import { isUsageError, processIO, type CommandIO } from './io.js';

/** The help text of `onrecord kb`. */
export const KB_USAGE = `Usage: onrecord kb import FILE [--kb PATH]
       onrecord kb lookup NAME [--date YYYY-MM-DD] [--json]

import  Adds the people of a Wikidata-style JSON-lines extract to your knowledge base, which
        overrides and extends the one shipped with onrecord. One office term per line:
          {"person": "Q567", "name": "Angela Merkel", "aliases": ["Merkel"],
           "position": "Chancellor of Germany", "country": "DEU",
           "start": "2005-11-22", "end": "2021-12-08", "gender": "female"}
        ("person" is a Wikidata id or a name; "country" an ISO 3166 alpha-3 code or an English
        name; "end" empty while in office). A bad line is reported with its number and skipped.
lookup  Shows the people a name can denote and the role each held on the date (today by default).

Options:
  --kb PATH     your knowledge base file (default: $ONRECORD_KB, else ~/.onrecord/kb.jsonl)
  --date DATE   the day whose roles lookup shows (YYYY-MM-DD)
  --json        lookup prints JSON lines
  -h, --help    show this help

Exit status: 0 on success, 1 when lines were skipped or nothing was found, 2 for a bad command line.`;

const OPTIONS = {
  kb: { type: 'string' },
  date: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

class UsageError extends Error {}

function importFile(file: string, kbPath: string, io: CommandIO): number {
  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch (error) {
    io.stderr.write(`onrecord kb import: cannot read ${file}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  const { persons, problems } = parseImport(content);
  for (const p of problems) io.stderr.write(`${file}:${p.line}: ${p.message} (line skipped)\n`);
  const merged = mergePersons(readUserPersons(kbPath), persons);
  mkdirSync(dirname(kbPath), { recursive: true });
  // Written aside and renamed, so an interrupted import never leaves half a file.
  const partial = `${kbPath}.partial`;
  writeFileSync(partial, merged.map((p) => JSON.stringify(p)).join('\n') + (merged.length > 0 ? '\n' : ''));
  renameSync(partial, kbPath);
  const terms = persons.reduce((n, p) => n + p.terms.length, 0);
  io.stdout.write(`imported ${persons.length} people (${terms} terms) into ${kbPath}; ${problems.length} lines skipped\n`);
  return problems.length > 0 ? 1 : 0;
}

function describe(person: KbPerson, date: string): string {
  const terms = person.terms.map((t) => `    ${t.start} – ${t.end ?? 'now'}  ${t.role}${t.elect === true ? ' (elect)' : ''}`);
  const role = roleOn(person, date) ?? 'no office';
  return [`${person.name}  [${person.kbId}]  ${person.country ?? ''}`, `  on ${date}: ${role}`, ...terms].join('\n');
}

function lookup(name: string, date: string, json: boolean, io: CommandIO): number {
  const kb = defaultKnowledgeBase();
  const found = kb.personsNamed(name);
  const organization = kb.organizationNamed(name);
  if (found.length === 0 && !organization) {
    io.stderr.write(`onrecord kb lookup: nobody named "${name}" in the knowledge base\n`);
    return 1;
  }
  for (const person of found) {
    io.stdout.write(json ? `${JSON.stringify({ ...person, date, role: roleOn(person, date) })}\n` : `${describe(person, date)}\n`);
  }
  if (organization) io.stdout.write(json ? `${JSON.stringify(organization)}\n` : `${organization.name}  [${organization.kbId}]  ${organization.country ?? ''}\n`);
  if (found.length > 1 && !json) io.stdout.write(`(${found.length} people: the linker leaves "${name}" unlinked unless the article tells them apart)\n`);
  return 0;
}

/** Runs `onrecord kb` with its arguments (after `kb`); resolves to the exit status. */
export function runKb(argv: string[], io: CommandIO = processIO()): Promise<number> {
  return Promise.resolve(kb(argv, io));
}

function kb(argv: string[], io: CommandIO): number {
  try {
    const { values, positionals } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true });
    if (values.help === true) {
      io.stdout.write(`${KB_USAGE}\n`);
      return 0;
    }
    const [action, ...rest] = positionals;
    if (values.kb !== undefined) process.env.ONRECORD_KB = values.kb;
    if (action === 'import') {
      if (rest.length !== 1 || rest[0] === undefined) throw new UsageError('kb import takes one FILE');
      return importFile(rest[0], userKnowledgeBasePath(), io);
    }
    if (action === 'lookup') {
      if (rest.length === 0) throw new UsageError('kb lookup takes a NAME');
      const date = values.date ?? new Date().toISOString().slice(0, 10);
      if (!isIsoDate(date)) throw new UsageError(`--date must be YYYY-MM-DD; got "${date}"`);
      return lookup(rest.join(' '), date, values.json === true, io);
    }
    throw new UsageError(action === undefined ? 'say what to do: kb import FILE or kb lookup NAME' : `unknown kb action "${action}" (import or lookup)`);
  } catch (error) {
    if (!(error instanceof UsageError) && !isUsageError(error)) throw error;
    io.stderr.write(`onrecord kb: ${error.message}\n\n${KB_USAGE}\n`);
    return 2;
  }
}
