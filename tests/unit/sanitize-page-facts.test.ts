import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sanitizePageFacts } from '../../src/shared/sanitize-page-facts';

describe('sanitizePageFacts', () => {
  it('keeps a well-formed report', () => {
    const facts = { pageAppId: 'a.b', title: 'T', developer: 'D', legalName: null, address: 'A\nB', privacy: [{ heading: 'H', items: ['x', 'y'] }] };
    expect(sanitizePageFacts(facts)).toEqual(facts);
  });

  it('keeps the optional store-specific fields only when the report has them', () => {
    const base = { pageAppId: 'a', title: null, developer: null, legalName: null, address: null, privacy: [] };
    expect(sanitizePageFacts(base)).toStrictEqual(base);
    const full = { ...base, trader: 'trader', permissions: ['tabs'], hostPermissions: ['<all_urls>'], antiFeatures: ['Ads'] };
    expect(sanitizePageFacts(full)).toStrictEqual(full);
    expect(sanitizePageFacts({ ...base, permissions: [] })).toStrictEqual({ ...base, permissions: [] });
  });

  it('repairs malformed optional fields', () => {
    const out = sanitizePageFacts({ trader: 'maybe', permissions: ['tabs', 7, ' tabs ', '', null, { x: 1 }], hostPermissions: 'x', antiFeatures: null })!;
    expect(out.trader).toBeNull();
    expect(out.permissions).toEqual(['tabs']);
    expect('hostPermissions' in out || 'antiFeatures' in out).toBe(false);
    expect(sanitizePageFacts({ trader: null })!.trader).toBeNull();
  });

  it('bounds sizes', () => {
    const big = sanitizePageFacts({ title: 'x'.repeat(100_000), privacy: Array.from({ length: 1000 }, () => ({ heading: 'h', items: Array(1000).fill('i') })) })!;
    expect(big.title!.length).toBe(500);
    expect(big.privacy.length).toBe(30);
    expect(big.privacy[0]!.items.length).toBe(100);
    const hosts = sanitizePageFacts({ hostPermissions: Array.from({ length: 10_000 }, (_, i) => `https://${i}.example/${'x'.repeat(1000)}`) })!;
    expect(hosts.hostPermissions).toHaveLength(300);
    expect(hosts.hostPermissions![0]).toHaveLength(300);
  });

  it('turns anything into a valid PageFacts or null, never throwing', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const out = sanitizePageFacts(value);
        if (out === null) return;
        for (const key of ['pageAppId', 'title', 'developer', 'legalName', 'address'] as const) expect(out[key] === null || typeof out[key] === 'string').toBe(true);
        expect(Array.isArray(out.privacy)).toBe(true);
        for (const d of out.privacy) expect(typeof d.heading === 'string' && d.items.every((i) => typeof i === 'string')).toBe(true);
        if ('trader' in out) expect([null, 'trader', 'non-trader']).toContain(out.trader);
        for (const key of ['permissions', 'hostPermissions', 'antiFeatures'] as const) {
          if (key in out) expect(out[key]!.every((i) => typeof i === 'string' && i.length > 0)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});
