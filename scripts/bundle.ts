/**
 * Build step: bundles the compiled command line (dist/src/cli/main.js) into a few files in
 * dist/bundle/, one per command loaded on demand, so starting `onrecord` reads and compiles a
 * handful of files instead of ~200 modules and their JSON lexicons; and the batch runner's worker
 * (dist/bundle/batch-worker.js), for the same reason. dist/src stays as it is: it is
 * the library's API and what the tests import. Packages from node_modules are not bundled.
 */
import { readFile, rm } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'esbuild';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const COMPILED = join(ROOT, 'dist', 'src');
/** Where the bundle is written; bin/onrecord runs BUNDLE_DIR/main.js when it exists. */
const BUNDLE_DIR = join(ROOT, 'dist', 'bundle');

/**
 * Each module finds its data beside itself (`new URL('./generated/…', import.meta.url)`). In a
 * bundle every module would see the bundle's URL, so a module's `import.meta.url` is replaced by
 * the URL of its compiled file in dist/src, reached from the bundle by a relative path (the
 * package stays relocatable).
 */
function ownLocation(): Plugin {
  return {
    name: 'own-location',
    setup(pluginBuild) {
      pluginBuild.onLoad({ filter: /\.js$/ }, async (args) => {
        const source = await readFile(args.path, 'utf8');
        if (!args.path.startsWith(COMPILED + sep) || !source.includes('import.meta.url')) return { contents: source, loader: 'js' };
        const path = relative(BUNDLE_DIR, args.path).split(sep).join('/');
        const own = `new URL(${JSON.stringify(path)}, import.meta.url).href`;
        return { contents: source.replaceAll('import.meta.url', own), loader: 'js' };
      });
    },
  };
}

// Chunk names change with their contents: the last build's would stay beside this one's. A bundle
// left from an older build would also be run in place of the new modules if this step stopped.
await rm(BUNDLE_DIR, { recursive: true, force: true });
// A checkout whose packages predate esbuild (installed before it was added) still builds and runs,
// from dist/src; `npm install` brings the bundle.
const esbuild = await import('esbuild').catch(() => null);
if (esbuild === null) {
  process.stderr.write('bundle: esbuild is not installed (run npm install); onrecord runs from dist/src\n');
} else {
  await esbuild.build({
    // The batch runner's worker too: it shares the extractor's chunk with the command line.
    entryPoints: { main: join(COMPILED, 'cli', 'main.js'), 'batch-worker': join(COMPILED, 'pipeline', 'batch-worker.js') },
    outdir: BUNDLE_DIR,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    chunkNames: 'chunk-[hash]',
    logLevel: 'warning',
    // Less to parse at every start of a thread, names kept (profiles and stack traces read as the
    // sources): 200 BBC articles in one thread 4,478 → 4,417 million instructions under cachegrind.
    minifyWhitespace: true,
    minifySyntax: true,
    plugins: [ownLocation()],
  });
}
