// Draws the toolbar and store icons as PNGs with no image library: a white lens on a blue disc, with a
// thin white rim. The disc stands out on light toolbars (6.6:1 against white), the rim on dark ones
// (≥ 11:1 against Chrome's and Firefox's dark toolbars), and the lens reads on the disc at 16 px
// (6.6:1). tests/unit/icons.test.ts checks those ratios and that the committed PNGs are up to date.
// Run `npx tsx scripts/make-icons.ts` after a change; the PNGs are committed in icons/.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

export const SIZES = [16, 32, 48, 128] as const;
type Rgb = readonly [number, number, number];
export const ICON_COLOURS = { disc: [0x1a, 0x56, 0xc4], lens: [0xff, 0xff, 0xff], rim: [0xff, 0xff, 0xff] } as const satisfies Record<string, Rgb>;
type Part = keyof typeof ICON_COLOURS;

const RIM = 0.5;
/** The rim is about one pixel wide at 16 px and keeps that proportion. */
const DISC = 0.5 - 1 / 16;
const LENS = { x: 0.44, y: 0.44, outer: 0.215, inner: 0.125 };
const HANDLE = { from: 0.6, to: 0.71, half: 0.06 };

/** Which part of the icon a point (0..1 in both axes) belongs to, or null outside it. */
function partAt(u: number, v: number): Part | null {
  const fromCentre = Math.hypot(u - 0.5, v - 0.5);
  if (fromCentre > RIM) return null;
  if (fromCentre > DISC) return 'rim';
  const d = Math.hypot(u - LENS.x, v - LENS.y);
  const ring = d <= LENS.outer && d >= LENS.inner;
  // Handle: a thick segment along the diagonal towards the bottom right.
  const t = Math.max(HANDLE.from, Math.min(HANDLE.to, (u + v) / 2));
  const handle = Math.hypot(u - t, v - t) <= HANDLE.half && (u + v) / 2 >= HANDLE.from - HANDLE.half;
  return ring || handle ? 'lens' : 'disc';
}

/** RGBA pixels, each sampled 4×4 for anti-aliasing. */
export function iconPixels(size: number): Uint8Array {
  const out = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const sum = [0, 0, 0];
      let covered = 0;
      for (let sy = 0; sy < 4; sy++) {
        for (let sx = 0; sx < 4; sx++) {
          const part = partAt((x + (sx + 0.5) / 4) / size, (y + (sy + 0.5) / 4) / size);
          if (!part) continue;
          covered++;
          ICON_COLOURS[part].forEach((c, i) => (sum[i]! += c));
        }
      }
      const at = (y * size + x) * 4;
      if (covered) out.set([...sum.map((c) => Math.round(c / covered)), Math.round((covered / 16) * 255)], at);
    }
  }
  return out;
}

export function iconPng(size: number): Buffer {
  const pixels = iconPixels(size);
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) raw.set(pixels.subarray(y * size * 4, (y + 1) * size * 4), y * (size * 4 + 1) + 1);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', Buffer.from([...u32(size), ...u32(size), 8, 6, 0, 0, 0])),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function u32(n: number): number[] {
  return [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
}

function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  return Buffer.concat([Buffer.from(u32(data.length)), body, Buffer.from(u32(crc32(body)))]);
}

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

export const iconPath = (size: number): string => fileURLToPath(new URL(`../icons/icon-${size}.png`, import.meta.url));

// Writes the files only when run as a script, so that tests can import the drawing.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const size of SIZES) writeFileSync(iconPath(size), iconPng(size));
  console.log('wrote icons', SIZES.join(', '));
}
