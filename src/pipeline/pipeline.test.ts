import { describe, expect, it } from 'vitest';
import { Doc } from '../doc/document.js';
import { createPipeline } from './pipeline.js';
import { defaultStages } from './presets.js';
import type { Stage } from './stage.js';

const noop = (name: string, reads: Stage['reads'], writes: Stage['writes']): Stage => ({ name, reads, writes, run: () => undefined });

describe('pipeline', () => {
  it('refuses a stage that reads a layer no earlier stage writes', () => {
    expect(() => createPipeline([noop('b', ['tokens'], ['quotes'])])).toThrow(/"b" reads layer "tokens"/);
  });

  it('refuses two stages with one name', () => {
    expect(() => createPipeline([noop('a', [], ['tokens']), noop('a', [], ['quotes'])])).toThrow(/used twice/);
  });

  it('builds the default stages in a valid order and freezes them', () => {
    const pipeline = createPipeline(defaultStages());
    expect(Object.isFrozen(pipeline.stages)).toBe(true);
    const doc = pipeline.run(new Doc('Berg said the talks failed.', { id: 'x' }));
    expect(doc.tokens.length).toBeGreaterThan(0);
  });
});
