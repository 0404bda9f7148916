// Lookup by store id and by developer name at 100 … 100,000 records (issue 6, item 1).
//
// How it is timed. Each query is a fresh string made before timing starts (as a URL or a page hands
// one over: never seen by the engine before), used once. Two figures per lookup kind:
//  - "each": one lookup between two high-resolution clock reads. The percentiles are those of single
//    lookups, so p99 is meaningful, but every figure includes the clock's own cost (reported as
//    `timer`) and its 1 ns granularity.
//  - "batch": 100 lookups between two clock reads, divided by 100. No clock cost, but the tail of
//    single lookups is averaged away, so its p99 is that of batches, not of lookups.
import { compileDataset } from '../../src/shared/compiled-dataset';
import { schemaProblems } from '../../src/shared/dataset-rules';
import { EffectiveDataset } from '../../src/shared/effective-dataset';
import { emptyUserLayer } from '../../src/shared/user-layer';
import { summariseRounded, type Summary } from './stats';
import { syntheticDeveloper, syntheticEntityCount, syntheticRecords, syntheticStoreId } from './synthetic-dataset';

export const SIZES = [100, 1_000, 10_000, 100_000];
const BATCH = 100;

export interface LookupFigures {
  records: number;
  /** Microseconds per lookup. */
  store: { each: Summary; batch: Summary };
  name: { each: Summary; batch: Summary };
}

type Lookup = (query: string) => unknown;

/** Fresh, flat strings: JSON.parse makes a new string object that the engine has not interned. */
function queries(count: number, make: (i: number) => string): string[] {
  return JSON.parse(JSON.stringify(Array.from({ length: count }, (_, i) => make(i)))) as string[];
}

let sink = 0; // keeps every result observable, so the engine cannot drop a lookup

function timeEach(qs: readonly string[], lookup: Lookup): number[] {
  const us = new Array<number>(qs.length);
  for (let i = 0; i < qs.length; i++) {
    const t0 = process.hrtime.bigint();
    sink += lookup(qs[i]!) ? 1 : 0;
    us[i] = Number(process.hrtime.bigint() - t0) / 1000;
  }
  return us;
}

function timeBatches(qs: readonly string[], lookup: Lookup): number[] {
  const us: number[] = [];
  for (let start = 0; start + BATCH <= qs.length; start += BATCH) {
    const t0 = process.hrtime.bigint();
    for (let i = start; i < start + BATCH; i++) sink += lookup(qs[i]!) ? 1 : 0;
    us.push(Number(process.hrtime.bigint() - t0) / 1000 / BATCH);
  }
  return us;
}

/** Both timings of one lookup kind, after a warm-up pass on other queries of the same kind. */
function measure(count: number, query: (i: number) => string, lookup: Lookup): { each: Summary; batch: Summary } {
  const pass = (offset: number) => queries(count, (i) => query(i + offset));
  timeEach(pass(count * 2), lookup);
  timeBatches(pass(count * 3), lookup);
  return { each: summariseRounded(timeEach(pass(0), lookup)), batch: summariseRounded(timeBatches(pass(count), lookup)) };
}

export function benchLookup(size: number, count: number): LookupFigures {
  const records = syntheticRecords(size);
  const invalid = records.find((r) => schemaProblems(r).length);
  if (invalid) throw new Error(`synthetic record ${invalid.kind}:${invalid.id} fails the schema`);
  const data = new EffectiveDataset(compileDataset(records), emptyUserLayer());
  const entities = syntheticEntityCount(size);
  // Multiplying by a large prime spreads consecutive queries over the whole dataset.
  const store = measure(count, (i) => syntheticStoreId((i * 7919) % size), (q) => data.appByStoreId('android', q));
  const name = measure(count, (i) => syntheticDeveloper((i * 104_729) % entities), (q) => data.entitiesByName(q).length);
  if (sink < 0) console.log(sink);
  return { records: size, store, name };
}

/** What reading the clock twice costs, in microseconds: the floor under every "each" figure. */
export function timerOverhead(count: number): Summary {
  return summariseRounded(timeEach(queries(count, String), (q) => q));
}
