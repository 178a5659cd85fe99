import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkOfficesFile, checkOfficesFiles } from './offices-format.js';

// The data folder beside this test, wherever the repository is checked out.
const DIR = new URL('./data/offices/', import.meta.url);

/** Every JSON file of the folder, parsed; a file that is not JSON is reported as a problem, not thrown. */
function readFiles(): { name: string; json: unknown; parseError: string | null }[] {
  if (!existsSync(DIR)) return [];
  return readdirSync(DIR)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      try {
        return { name, json: JSON.parse(readFileSync(new URL(name, DIR), 'utf8')) as unknown, parseError: null };
      } catch (error) {
        return { name, json: null, parseError: `${name}: not valid JSON: ${String(error)}` };
      }
    });
}

const files = readFiles();

describe('office-holder knowledge base files', () => {
  for (const file of files) {
    it(`${file.name} follows the format`, () => {
      const problems = file.parseError === null ? checkOfficesFile(file.name, file.json) : [file.parseError];
      expect(problems).toEqual([]);
    });
  }

  it('holds only .json files besides an optional README', () => {
    const others = existsSync(DIR) ? readdirSync(DIR).filter((name) => !name.endsWith('.json') && name !== 'README.md' && name !== '.gitkeep') : [];
    expect(others).toEqual([]);
  });

  it('uses each person id in one file only', () => {
    expect(checkOfficesFiles(files)).toEqual([]);
  });
});
