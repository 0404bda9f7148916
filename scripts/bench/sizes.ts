// Sizes of what the build ships (issue 6, item 6): each bundle of dist/chrome and the compiled dataset,
// as built (minified) and gzipped (what a download or a packed .crx/.zip roughly costs).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface SizeFigures {
  file: string;
  bytes: number;
  gzipBytes: number;
}

const FILES = ['dist/chrome/background.js', 'dist/chrome/popup.js', 'dist/chrome/options.js', 'build/dataset.json'];

/** One content script per store (content-<store>.js), then the other bundles and the dataset. */
function files(root: string): string[] {
  const dir = path.join(root, 'dist/chrome');
  const content = existsSync(dir) ? readdirSync(dir).filter((f) => /^content-.*\.js$/.test(f)).sort().map((f) => `dist/chrome/${f}`) : [];
  return [...content, ...FILES];
}

export function measureSizes(root: string): SizeFigures[] {
  return files(root).map((file) => {
    const full = path.join(root, file);
    if (!existsSync(full)) throw new Error(`${file} is missing: run \`npm run build\` first`);
    const body = readFileSync(full);
    return { file, bytes: body.length, gzipBytes: gzipSync(body, { level: 9 }).length };
  });
}
