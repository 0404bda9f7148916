import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sanitizePageFacts } from '../../src/shared/sanitize-page-facts';

describe('sanitizePageFacts', () => {
  it('keeps a well-formed report', () => {
    const facts = { pageAppId: 'a.b', title: 'T', developer: 'D', legalName: null, address: 'A\nB', privacy: [{ heading: 'H', items: ['x', 'y'] }] };
    expect(sanitizePageFacts(facts)).toEqual(facts);
  });

  it('bounds sizes', () => {
    const big = sanitizePageFacts({ title: 'x'.repeat(100_000), privacy: Array.from({ length: 1000 }, () => ({ heading: 'h', items: Array(1000).fill('i') })) })!;
    expect(big.title!.length).toBe(500);
    expect(big.privacy.length).toBe(30);
    expect(big.privacy[0]!.items.length).toBe(100);
  });

  it('turns anything into a valid PageFacts or null, never throwing', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const out = sanitizePageFacts(value);
        if (out === null) return;
        for (const key of ['pageAppId', 'title', 'developer', 'legalName', 'address'] as const) expect(out[key] === null || typeof out[key] === 'string').toBe(true);
        expect(Array.isArray(out.privacy)).toBe(true);
        for (const d of out.privacy) expect(typeof d.heading === 'string' && d.items.every((i) => typeof i === 'string')).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
