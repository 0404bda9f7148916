// The colours of the popup and options page, read from src/shared/ui.css, meet WCAG 2.2 AA in the light
// and the dark theme: text 4.5:1 (1.4.3), control borders, focus ring and icons 3:1 (1.4.11).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contrast } from './helpers/contrast';

const CSS = readFileSync(resolve(__dirname, '../../src/shared/ui.css'), 'utf8');

function variables(block: string): Record<string, string> {
  return Object.fromEntries([...block.matchAll(/--([a-z-]+):\s*(#[0-9a-f]{6})\s*;/gi)].map((m) => [m[1]!, m[2]!]));
}

const light = variables(/:root\s*\{([^}]*)\}/.exec(CSS)![1]!);
const dark = { ...light, ...variables(/@media \(prefers-color-scheme: dark\)\s*\{\s*:root\s*\{([^}]*)\}/.exec(CSS)![1]!) };

/** [foreground, background, minimum ratio, where it is used] */
const PAIRS: [string, string, number, string][] = [
  ['fg', 'bg', 4.5, 'body text'],
  ['muted', 'bg', 4.5, 'secondary text, origin tags, status'],
  ['link', 'bg', 4.5, 'links, footnote marks, fold-outs'],
  ['concern', 'bg', 4.5, 'level "Concern", "matches your setting", validation problems'],
  ['bg', 'concern', 4.5, 'the "!" on the filled concern icon'],
  ['noted', 'bg', 4.5, 'level "Noted"'],
  ['unknown', 'bg', 4.5, 'level "Not in dataset"'],
  ['none', 'bg', 4.5, 'level "Not an app page"'],
  ['disputed', 'bg', 4.5, '"disputed" mark on an event'],
  ['notice-fg', 'stale-bg', 4.5, 'out-of-date notice text'],
  ['stale', 'stale-bg', 4.5, 'out-of-date notice title and icon'],
  ['notice-fg', 'disputed-bg', 4.5, 'disputed notice text'],
  ['disputed', 'disputed-bg', 4.5, 'disputed notice title and icon'],
  ['fg', 'notice-bg', 4.5, 'options: welcome box, rejected-layer notice'],
  ['fg', 'chip-bg', 4.5, 'counts next to section titles'],
  ['control', 'bg', 3, 'borders of buttons, inputs and origin tags'],
  ['focus', 'bg', 3, 'focus ring'],
];

describe.each([
  ['light', light],
  ['dark', dark],
])('%s theme contrast (WCAG 2.2 AA)', (theme, vars) => {
  it.each(PAIRS)('%s on %s ≥ %s:1 (%s)', (fg, bg, min) => {
    const ratio = contrast(vars[fg]!, vars[bg]!);
    expect(ratio).toBeGreaterThanOrEqual(min);
  });
});
