/** Lists the article files under a directory: recursive, in a stable sorted order. */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** File extensions read from directories. */
export const ARTICLE_EXTENSIONS = ['.txt', '.md', '.json', '.jsonl', '.ndjson', '.html', '.htm', '.xhtml', '.rss', '.atom', '.xml'] as const;

function isArticleFile(name: string): boolean {
  // A compressed article file counts as what it holds: `corpus.jsonl.gz`.
  const lower = name.toLowerCase().replace(/\.gz$/, '');
  return ARTICLE_EXTENSIONS.some((extension) => lower.endsWith(extension));
}

// Code-unit order, not the locale's: the same tree gives the same order on every machine.
function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Yields the paths, relative to `root` and with `/` separators, of the article files under it,
 * depth first, each directory's entries sorted by name. Hidden entries (`.git`) are skipped, and
 * directories reached through symbolic links are not entered, so a link cycle cannot loop.
 */
export async function* listArticleFiles(root: string, prefix = ''): AsyncGenerator<string> {
  const entries = await readdir(join(root, prefix), { withFileTypes: true });
  const names = entries.filter((entry) => !entry.name.startsWith('.')).sort((a, b) => byName(a.name, b.name));
  for (const entry of names) {
    const relative = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
    if (entry.isDirectory()) {
      yield* listArticleFiles(root, relative);
    } else if (isArticleFile(entry.name)) {
      const isFile = entry.isFile() || (entry.isSymbolicLink() && (await stat(join(root, relative))).isFile());
      if (isFile) yield relative;
    }
  }
}
