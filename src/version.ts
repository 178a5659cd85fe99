/** onrecord's version, read once from its package.json (for `--version` and the HTTP user agent). */
import { readFileSync } from 'node:fs';

function readVersion(): string {
  // The same walk up finds package.json from src/ (tests) and from dist/src/ (built).
  for (const up of ['../package.json', '../../package.json']) {
    try {
      const found: unknown = JSON.parse(readFileSync(new URL(up, import.meta.url), 'utf8'));
      if (typeof found === 'object' && found !== null && 'name' in found && found.name === 'onrecord' && 'version' in found) {
        return String(found.version);
      }
    } catch {
      // Not there: try the next level.
    }
  }
  return 'unknown';
}

/** The version of this onrecord, or `unknown` when its package.json cannot be found. */
export const VERSION = readVersion();

/** The User-Agent onrecord sends when it fetches a page or a feed. */
export const USER_AGENT = `onrecord/${VERSION}`;
