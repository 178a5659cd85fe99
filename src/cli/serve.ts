/** `onrecord serve [--db FILE] [--port N] [--host H]`: the JSON API and the web UI over a store. */
import { isPostgresUrl } from '../store/postgres/store.js';
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { listen } from '../server/server.js';
import { stopServer } from '../server/stop.js';
import { DEFAULT_DB, openStore } from '../store/open.js';
import { StoreError, type Store } from '../store/store.js';
import { printable, UsageError } from './inputs.js';
import { isUsageError, processIO, type CommandIO } from './io.js';

/** The help text of `onrecord serve`. */
export const SERVE_USAGE = `Usage: onrecord serve [options]

Serves the store as a JSON API (/api/…, described at /api/openapi.json) and a web UI: search across
quotes, articles with their quotes highlighted, people and organisations, the network of interactions,
and a page to paste an article and see its extraction.

Options:
  --db FILE        the database (default: ./${DEFAULT_DB})
  --port N         the port (default 8080; 0 picks a free one)
  --host H         the address to listen on (default 127.0.0.1: this machine only)
  --token T        accept articles at POST /api/articles with "Authorization: Bearer T"
                   (default: the ONRECORD_TOKEN environment variable; without one, read-only)
  --cache-mb N     megabytes of answers kept until the store changes (default 64; 0: none)
  --allow-host H   a name the Host header may give besides the address listened on (repeatable;
                   * for any, behind a proxy that checks it); other names get 421, against DNS rebinding
  --max-connections N  connections held at once (default: the open-file limit less 64); more are closed
  -h, --help       show this help

The server prints its URL, and runs until stopped (Ctrl-C).`;

const OPTIONS = {
  db: { type: 'string' },
  port: { type: 'string' },
  host: { type: 'string' },
  token: { type: 'string' },
  'cache-mb': { type: 'string' },
  'allow-host': { type: 'string', multiple: true },
  'max-connections': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

interface Settings {
  db: string;
  port: number;
  host: string;
  token?: string;
  cacheBytes: number;
  allowHosts: string[];
  maxConnections?: number;
}

function settings(argv: string[], env: NodeJS.ProcessEnv): Settings | 'help' {
  const { values, positionals } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true });
  if (values.help === true) return 'help';
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0] ?? ''}"`);
  const port = values.port ?? '8080';
  if (!/^\d+$/.test(port) || Number(port) > 65535) throw new UsageError(`--port must be a number from 0 to 65535; got "${port}"`);
  const token = values.token ?? env['ONRECORD_TOKEN'];
  if (token !== undefined && token.length < 8) throw new UsageError('the token must be at least 8 characters');
  const cache = values['cache-mb'] ?? '64';
  if (!/^\d+$/.test(cache) || Number(cache) > 65536) throw new UsageError(`--cache-mb must be a number from 0 to 65536; got "${cache}"`);
  const cacheBytes = Number(cache) * 1024 * 1024;
  const connections = values['max-connections'];
  if (connections !== undefined && (!/^\d+$/.test(connections) || Number(connections) < 1)) throw new UsageError(`--max-connections must be a whole number ≥ 1; got "${connections}"`);
  return {
    db: values.db ?? DEFAULT_DB,
    port: Number(port),
    host: values.host ?? '127.0.0.1',
    cacheBytes,
    allowHosts: values['allow-host'] ?? [],
    ...(connections !== undefined && { maxConnections: Number(connections) }),
    ...(token !== undefined && token !== '' && { token }),
  };
}

/** Runs `onrecord serve`: resolves with the exit status once the server has stopped (on SIGINT or SIGTERM). */
export async function runServe(argv: string[], io: CommandIO = processIO(), env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let run: Settings | 'help';
  try {
    run = settings(argv, env);
  } catch (error) {
    if (!(error instanceof UsageError) && !isUsageError(error)) throw error;
    io.stderr.write(`onrecord serve: ${error.message}\nRun 'onrecord serve --help' for usage.\n`);
    return 2;
  }
  if (run === 'help') {
    io.stdout.write(`${SERVE_USAGE}\n`);
    return 0;
  }
  // Read-only unless writing was asked for: then the database may be created.
  const writable = run.token !== undefined;
  if (!writable && !isPostgresUrl(run.db) && !existsSync(run.db)) {
    io.stderr.write(`onrecord serve: no database at ${printable(run.db)} (create one with onrecord ingest, or name it with --db)\n`);
    return 1;
  }
  let store: Store;
  try {
    store = openStore(run.db, { readonly: !writable });
  } catch (error) {
    if (!(error instanceof StoreError)) throw error;
    io.stderr.write(`onrecord serve: ${printable(error.message)}\n`);
    return 1;
  }
  let server;
  try {
    server = await listen({
      store,
      port: run.port,
      host: run.host,
      cacheBytes: run.cacheBytes,
      allowHosts: run.allowHosts,
      ...(run.maxConnections !== undefined && { maxConnections: run.maxConnections }),
      ...(run.token !== undefined && { token: run.token }),
      log: (message) => io.stderr.write(`${message}\n`),
    });
  } catch (error) {
    await store.close();
    io.stderr.write(`onrecord serve: cannot listen on ${run.host}:${run.port}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : run.port;
  const host = run.host.includes(':') ? `[${run.host}]` : run.host;
  io.stdout.write(`onrecord: serving ${printable(run.db)} (${writable ? 'POST /api/articles accepts the token' : 'read-only'}) at http://${host}:${port}/\n`);
  await new Promise<void>((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      void stopServer(server).then(resolve);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await store.close();
  return 0;
}
