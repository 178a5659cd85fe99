/** Lists the article files under a directory: recursive, in a stable sorted order. */
import type { Dirent, Stats } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** File extensions read from directories. */
export const ARTICLE_EXTENSIONS = ['.txt', '.md', '.json', '.jsonl', '.ndjson', '.html', '.htm', '.xhtml', '.rss', '.atom', '.xml'] as const;

/** An entry of the walk: an article file, or an entry that could not be listed or read, and why. */
export interface ListedFile {
  /** Relative to the root, with `/` separators. */
  path: string;
  /** Why the entry cannot be read (a dangling link, a directory that cannot be listed); absent for a file to read. */
  problem?: string;
}

/** The file-system calls the walk makes: Node's, or a test's that fail on purpose. */
export interface WalkFs {
  readdir(path: string, options: { withFileTypes: true }): Promise<Dirent[]>;
  stat(path: string): Promise<Stats>;
}

const NODE_FS: WalkFs = { readdir, stat };

function isArticleFile(name: string): boolean {
  // A compressed article file counts as what it holds: `corpus.jsonl.gz`.
  const lower = name.toLowerCase().replace(/\.gz$/, '');
  return ARTICLE_EXTENSIONS.some((extension) => lower.endsWith(extension));
}

// Code-unit order, not the locale's: the same tree gives the same order on every machine.
function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

// What an article-named entry is: a file to read, or a problem (a dangling link, a FIFO or a device,
// which a walk must not block on).
async function fileProblem(entry: Dirent, path: string, fs: WalkFs): Promise<string | null> {
  if (entry.isFile()) return null;
  if (entry.isSymbolicLink()) {
    try {
      const target = await fs.stat(path);
      return target.isFile() ? null : 'not a regular file (a link to something else)';
    } catch (error) {
      return `a link whose target cannot be read (${reason(error)})`;
    }
  }
  return 'not a regular file';
}

/**
 * Yields the paths, relative to `root` and with `/` separators, of the article files under it,
 * depth first, each directory's entries sorted by name. Hidden entries (`.git`) are skipped, and
 * directories reached through symbolic links are not entered, so a link cycle cannot loop. An entry
 * that cannot be read — a subdirectory that cannot be listed, a dangling link, an article-named FIFO —
 * is yielded with its problem, and the walk goes on. Only a root that cannot be listed throws.
 */
export async function* listArticleFiles(root: string, prefix = '', fs: WalkFs = NODE_FS): AsyncGenerator<ListedFile> {
  let entries: Dirent[];
  try {
    entries = await fs.readdir(join(root, prefix), { withFileTypes: true });
  } catch (error) {
    if (prefix === '') throw error;
    yield { path: prefix, problem: `the directory cannot be listed (${reason(error)})` };
    return;
  }
  const names = entries.filter((entry) => !entry.name.startsWith('.')).sort((a, b) => byName(a.name, b.name));
  for (const entry of names) {
    const relative = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
    if (entry.isDirectory()) {
      yield* listArticleFiles(root, relative, fs);
    } else if (isArticleFile(entry.name)) {
      const problem = await fileProblem(entry, join(root, relative), fs);
      yield problem === null ? { path: relative } : { path: relative, problem };
    }
  }
}
