// WCAG 2.2 contrast ratio of two sRGB colours (#rrggbb), as defined for success criteria 1.4.3 / 1.4.11.
export type Rgb = readonly [number, number, number];

export function parseHex(hex: string): Rgb {
  const m = /^#([0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  const n = parseInt(m[1]!, 16);
  return [n >> 16, (n >> 8) & 255, n & 255];
}

function luminance([r, g, b]: Rgb): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

export function contrast(a: Rgb | string, b: Rgb | string): number {
  const [x, y] = [typeof a === 'string' ? parseHex(a) : a, typeof b === 'string' ? parseHex(b) : b].map(luminance).sort((p, q) => q - p) as [number, number];
  return (x + 0.05) / (y + 0.05);
}
