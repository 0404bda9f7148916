// The toolbar badge: white text on each level's colour keeps at least 3:1 (WCAG 1.4.11 for the badge
// as a graphic; in fact ≥ 4.5:1, like text), and the tooltip says out-of-date and disputed in words.
import { describe, expect, it, vi } from 'vitest';
import { contrast } from './helpers/contrast';

vi.mock('../../src/shared/browser', () => ({ default: {} }));
vi.mock('../../src/shared/i18n', () => ({ t: (key: string, subs?: string[]) => [key, ...(subs ?? [])].join('|') }));

const { BADGE, badgeTitle } = await import('../../src/background/badge');

describe('badge', () => {
  it.each(Object.entries(BADGE))('%s: white text on its colour ≥ 4.5:1', (level, { colour }) => {
    const ratio = contrast('#ffffff', colour);
    expect(ratio).toBeGreaterThanOrEqual(4.5);
  });

  it('gives each level its own letter', () => {
    expect(new Set(Object.values(BADGE).map((b) => b.text)).size).toBe(3);
  });

  it('adds "out of date" and "disputed" to the tooltip', () => {
    const report = { app: { name: 'X', stale: true }, level: 'noted', disputed: true, laws: [], reasons: [] };
    expect(badgeTitle(report as never)).toBe('badgeNoted|X badgeStale badgeDisputed');
    expect(badgeTitle({ ...report, app: { name: 'X', stale: false }, disputed: false } as never)).toBe('badgeNoted|X');
  });
});
