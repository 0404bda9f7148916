// Draws the toolbar and store icons (a lens over a globe meridian) as PNGs with no image library:
// run once with `npx tsx scripts/make-icons.ts`; the PNGs are committed in icons/.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 48, 128];
const INK: [number, number, number] = [0x1a, 0x3a, 0x6b];
const GLASS: [number, number, number] = [0xe8, 0xf0, 0xfe];

/** Coverage (0..1) of a pixel by the icon shape, sampled 4×4 for anti-aliasing. */
function coverage(x: number, y: number, size: number): { ink: number; glass: number } {
  let ink = 0;
  let glass = 0;
  for (let sy = 0; sy < 4; sy++) {
    for (let sx = 0; sx < 4; sx++) {
      const u = (x + (sx + 0.5) / 4) / size;
      const v = (y + (sy + 0.5) / 4) / size;
      const d = Math.hypot(u - 0.42, v - 0.42);
      const ring = d > 0.27 && d < 0.37;
      const inside = d <= 0.27;
      const meridian = inside && (Math.abs(u - 0.42) < 0.045 || Math.abs(v - 0.42) < 0.045);
      // Handle: a thick segment from the ring towards the bottom-right corner.
      const t = Math.max(0, Math.min(1, ((u - 0.66) + (v - 0.66)) / 2 / 0.25));
      const hx = 0.66 + t * 0.25;
      const handle = t > 0 && Math.hypot(u - hx, v - hx) < 0.075;
      if (ring || handle || meridian) ink++;
      else if (inside) glass++;
    }
  }
  return { ink: ink / 16, glass: glass / 16 };
}

function png(size: number): Buffer {
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const { ink, glass } = coverage(x, y, size);
      const alpha = Math.min(1, ink + glass);
      const mix = (i: number) => (alpha ? Math.round((INK[i]! * ink + GLASS[i]! * glass) / alpha) : 0);
      raw.set([mix(0), mix(1), mix(2), Math.round(alpha * 255)], y * (size * 4 + 1) + 1 + x * 4);
    }
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', Buffer.from([...u32(size), ...u32(size), 8, 6, 0, 0, 0])),
    chunk('IDAT', deflateSync(raw)),
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

for (const size of SIZES) writeFileSync(new URL(`../icons/icon-${size}.png`, import.meta.url), png(size));
console.log('wrote icons', SIZES.join(', '));
