// Where a worker start with a large user layer goes (issue 6, item 2), step by step, in Node: the same
// code the background runs after reading storage.local, on the same synthetic layer. Run before
// anything else in the process, so that the first figure of each step is, as in a fresh worker, cold.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { CompiledDataset } from '../../src/shared/compiled-dataset';
import { EffectiveDataset } from '../../src/shared/effective-dataset';
import { parseUserLayer } from '../../src/shared/load-user-layer';
import type { UserLayer } from '../../src/shared/user-layer';
import { median, round } from './stats';

export interface StartupStep {
  step: string;
  /** ms of the first run in this process (code not yet optimised, as in a fresh worker). */
  firstMs: number;
  /** ms, median of the runs after it. */
  warmMs: number;
}

const RUNS = 4;

function time(run: () => unknown): number {
  const t0 = performance.now();
  run();
  return performance.now() - t0;
}

export function startupBreakdown(root: string, layer: UserLayer): StartupStep[] {
  const bundled = JSON.parse(readFileSync(path.join(root, 'build/dataset.json'), 'utf8')) as CompiledDataset;
  const json = JSON.stringify(layer);
  // Each step gets a freshly parsed copy, as each worker start does.
  const steps: [string, (value: unknown) => unknown][] = [
    [`JSON.parse of the stored layer (${(json.length / 1e6).toFixed(1)} MB; storage.local does the like)`, () => JSON.parse(json)],
    ['parseUserLayer: checks of each record (schema)', (value) => parseUserLayer(value)],
    ['parseUserLayer with the bundled data: plus the rules between records', (value) => parseUserLayer(value, bundled)],
    ['new EffectiveDataset: index of the user records', (value) => new EffectiveDataset(bundled, value as UserLayer)],
  ];
  return steps.map(([step, run]) => {
    const runs = Array.from({ length: RUNS + 1 }, () => {
      const value = JSON.parse(json) as unknown;
      return time(() => run(value));
    });
    return { step, firstMs: round(runs[0]!), warmMs: round(median(runs.slice(1))) };
  });
}
