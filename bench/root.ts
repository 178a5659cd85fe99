/** The repository root, for benchmark scripts that run from dist/. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The nearest folder above this file whose package.json is onrecord's. */
export function repositoryRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (dirname(dir) !== dir) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'onrecord') return dir;
    dir = dirname(dir);
  }
  throw new Error('bench: cannot find the onrecord repository above ' + fileURLToPath(import.meta.url));
}
