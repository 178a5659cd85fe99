/** `onrecord eval`: a placeholder until the evaluation command lands (it replaces this file). */

/** Runs `onrecord eval`; not available yet, so it says so and exits with status 2. */
export function runEval(argv: string[]): Promise<number> {
  void argv;
  process.stderr.write('onrecord eval: not yet available\n');
  return Promise.resolve(2);
}
