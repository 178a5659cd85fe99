/** How much parallel speed the machine really gives: logical cores can share one physical core. */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

const SPIN = `
const { parentPort } = require('node:worker_threads');
let x = 0;
const start = process.hrtime.bigint();
for (let i = 0; i < 2e8; i++) x += i % 7;
parentPort.postMessage([Number(process.hrtime.bigint() - start) / 1e9, x]);
`;

function spin(): Promise<number> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(SPIN, { eval: true });
    worker.once('message', ([seconds]: [number, number]) => resolve(seconds));
    worker.once('error', reject);
  });
}

/** The logical cores, and the speed-up of that many busy threads over one (1.0 = no gain). */
export async function parallelSpeedup(): Promise<{ cores: number; speedup: number }> {
  const cores = availableParallelism();
  // The best of two, so that a cold start does not pass for a gain from parallelism.
  const alone = Math.min(await spin(), await spin());
  const together = await Promise.all(Array.from({ length: cores }, spin));
  const slowest = Math.max(...together);
  return { cores, speedup: (cores * alone) / slowest };
}
