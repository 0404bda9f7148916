// Issue 7, item 2: malformed and hostile user-layer files and edits. Every one is rejected with a
// problem that names the record and the field, nothing is half-applied, and no input crashes or hangs
// the validator. The generators are in helpers/hostile-imports.ts.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { Problem } from '../../src/shared/dataset-rules';
import { exportLayer, importLayer, saveRecord } from '../../src/shared/user-edits';
import type { UserLayer } from '../../src/shared/user-layer';
import { baseRecords, bundled, existingLayer, fileText, hostileImport, hostileRecord } from './helpers/hostile-imports';

/** Generous: the slowest case (a 5 MB file) takes well under a second on the CI machines. */
const BOUND_MS = 5_000;
const IMPORT_RUNS = 1_200;
const tried: Record<string, number> = {};

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

const matches = (value: string, expected: string | RegExp) => (typeof expected === 'string' ? value.startsWith(expected) : expected.test(value));

/** Every problem names a record and a JSON-pointer field and says what is wrong. */
function expectNamed(problems: readonly Problem[]): void {
  expect(problems.length).toBeGreaterThan(0);
  for (const p of problems) {
    expect(typeof p.record === 'string' && p.record.length > 0 && p.record.length <= 130, `record name ${JSON.stringify(p.record)}`).toBe(true);
    expect(p.field, `field of ${p.record}`).toMatch(/^\//);
    expect(p.message.length).toBeGreaterThan(0);
  }
}

describe('importing malformed and hostile files', () => {
  afterAll(() => {
    const total = Object.values(tried).reduce((a, b) => a + b, 0);
    console.log(`[fuzz] imports tried: ${total}`, JSON.stringify(tried));
  });

  it('the untouched base file imports (so each case fails for its own breakage)', () => {
    const result = importLayer(bundled, existingLayer(), fileText(baseRecords()));
    expect(result.ok ? 'ok' : result.problems).toBe('ok');
  });

  it(`rejects ${IMPORT_RUNS} generated files, naming record and field, and leaves the layer unchanged`, () => {
    const layer: UserLayer = deepFreeze(existingLayer());
    const before = JSON.stringify(layer);
    fc.assert(
      fc.property(hostileImport, (c) => {
        tried[c.kind] = (tried[c.kind] ?? 0) + 1;
        const started = performance.now();
        const result = importLayer(bundled, layer, c.text);
        expect(performance.now() - started, `${c.kind} took too long`).toBeLessThan(BOUND_MS);
        expect(result.ok, `${c.kind} was accepted`).toBe(false);
        if (result.ok) return;
        expectNamed(result.problems);
        if (c.expect) {
          const { record, field } = c.expect;
          expect(result.problems.some((p) => matches(p.record, record) && matches(p.field, field)), `${c.kind}: expected ${record} ${field}, got ${JSON.stringify(result.problems.slice(0, 3))}`).toBe(true);
        }
        expect(JSON.stringify(layer)).toBe(before);
      }),
      { numRuns: IMPORT_RUNS },
    );
  });

  it('still accepts a file whose strings carry markup, bidi controls and zero-width characters (they are text)', () => {
    const records = baseRecords();
    const hostileText = '<img src=x onerror=alert(1)>\u202Egnp.exe\u200B<script>alert(1)</script>';
    (records['app:new'] as { name: string }).name = hostileText.slice(0, 200);
    const result = importLayer(bundled, existingLayer(), fileText(records));
    expect(result.ok).toBe(true);
    // Shown later with textContent only (tests/unit/render-report.test.ts).
    if (result.ok) expect((result.layer.overrides['app:new']?.record as { name: string }).name).toBe(hostileText);
  });

  it('round-trips what it accepts byte for byte through export', () => {
    const result = importLayer(bundled, existingLayer(), fileText(baseRecords()));
    if (!result.ok) throw new Error('setup');
    const again = importLayer(bundled, existingLayer(), exportLayer(result.layer));
    expect(again.ok && exportLayer(again.layer)).toBe(exportLayer(result.layer));
  });
});

describe('saving malformed records from the editor', () => {
  it('rejects each, naming record and field, and leaves the layer unchanged', () => {
    const layer: UserLayer = deepFreeze(existingLayer());
    const before = JSON.stringify(layer);
    let runs = 0;
    fc.assert(
      fc.property(hostileRecord, fc.option(fc.constantFrom('app:mine', 'app:chat', 'entity:co'), { nil: undefined }), (c, replacing) => {
        runs++;
        const started = performance.now();
        const result = saveRecord(bundled, layer, c.record, replacing);
        expect(performance.now() - started).toBeLessThan(BOUND_MS);
        expect(result.ok, `${c.kind} was saved`).toBe(false);
        if (result.ok) return;
        expectNamed(result.problems);
        expect(result.problems.some((p) => matches(p.record, c.expect.record) && matches(p.field, c.expect.field)), `${c.kind}: expected ${c.expect.record} ${c.expect.field}, got ${JSON.stringify(result.problems.slice(0, 3))}`).toBe(true);
        expect(JSON.stringify(layer)).toBe(before);
      }),
      { numRuns: 400 },
    );
    console.log(`[fuzz] editor saves tried: ${runs}`);
  });
});
