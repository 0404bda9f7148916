// The toolbar icon reads at 16 px on light and dark toolbars, and the committed PNGs are what
// scripts/make-icons.ts draws.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ICON_COLOURS, iconPath, iconPixels, iconPng, SIZES } from '../../scripts/make-icons';
import { contrast } from './helpers/contrast';

// Toolbar backgrounds: Chrome and Firefox, light and dark themes.
const LIGHT_TOOLBARS = ['#ffffff', '#f9f9fb', '#dee1e6'];
const DARK_TOOLBARS = ['#202124', '#2b2a33', '#35363a', '#3c3c3c'];

describe('toolbar icon', () => {
  it.each(SIZES)('icons/icon-%i.png is up to date', (size) => {
    expect(Buffer.compare(readFileSync(iconPath(size)), iconPng(size))).toBe(0);
  });

  it('the lens reads on the disc (≥ 4.5:1)', () => {
    expect(contrast(ICON_COLOURS.lens, ICON_COLOURS.disc)).toBeGreaterThanOrEqual(4.5);
  });

  it('the icon stands out on light toolbars by its disc and on dark ones by its rim (≥ 3:1)', () => {
    for (const bg of LIGHT_TOOLBARS) expect(contrast(ICON_COLOURS.disc, bg), bg).toBeGreaterThanOrEqual(3);
    for (const bg of DARK_TOOLBARS) expect(contrast(ICON_COLOURS.rim, bg), bg).toBeGreaterThanOrEqual(3);
  });

  it('at 16 px the lens is drawn with whole pixels of both colours, not a blur', () => {
    const px = iconPixels(16);
    const opaque = (i: number) => px[i * 4 + 3] === 255;
    const is = (i: number, c: readonly number[]) => opaque(i) && c.every((v, k) => px[i * 4 + k] === v);
    const count = (c: readonly number[]) => Array.from({ length: 256 }, (_, i) => i).filter((i) => is(i, c)).length;
    // Centre rows: disc pixels and pure white lens pixels side by side.
    expect(count(ICON_COLOURS.disc)).toBeGreaterThan(60);
    const lensInside = Array.from({ length: 256 }, (_, i) => i).filter((i) => is(i, ICON_COLOURS.lens) && Math.hypot((i % 16) - 7.5, Math.floor(i / 16) - 7.5) < 6);
    expect(lensInside.length).toBeGreaterThan(12);
  });
});
