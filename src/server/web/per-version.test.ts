import { describe, expect, it } from 'vitest';
import { perVersion } from './per-version.js';

describe('perVersion', () => {
  it('makes its value once per data version of the store (the dashboard drawn once, not per request)', async () => {
    let version = 'v1';
    let made = 0;
    const value = perVersion({ dataVersion: () => Promise.resolve(version) }, () => Promise.resolve(`page ${++made}`));
    expect(await Promise.all([value(), value(), value()])).toEqual(['page 1', 'page 1', 'page 1']);
    version = 'v2';
    expect(await value()).toBe('page 2');
    expect(await value()).toBe('page 2');
  });

  it('does not keep a failed making: the next request makes it again', async () => {
    let fail = true;
    const value = perVersion({ dataVersion: () => Promise.resolve('v') }, () => (fail ? Promise.reject(new Error('database unavailable')) : Promise.resolve('page')));
    await expect(value()).rejects.toThrow('database unavailable');
    fail = false;
    expect(await value()).toBe('page');
  });
});
