// Small inline SVG icons (built node by node, no markup) for the states that must not rest on colour:
// out of date and disputed. They inherit the text colour and are hidden from screen readers, which
// read the words next to them.
const SVG = 'http://www.w3.org/2000/svg';

type Shape = [tag: 'circle' | 'path', attrs: Record<string, string>];

const SHAPES: Record<'stale' | 'disputed', Shape[]> = {
  // A clock: reviewed long ago.
  stale: [
    ['circle', { cx: '8', cy: '8', r: '6.5' }],
    ['path', { d: 'M8 4.5V8l2.5 1.8' }],
  ],
  // Two opposing arrows: the facts are contested.
  disputed: [
    ['path', { d: 'M2.5 5.5h10M10 3l2.5 2.5L10 8' }],
    ['path', { d: 'M13.5 10.5h-10M6 8l-2.5 2.5L6 13' }],
  ],
};

export function icon(name: keyof typeof SHAPES): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  for (const [k, v] of Object.entries({ viewBox: '0 0 16 16', width: '16', height: '16', class: `icon icon-${name}`, 'aria-hidden': 'true', focusable: 'false' })) {
    svg.setAttribute(k, v);
  }
  for (const [tag, attrs] of SHAPES[name]) {
    const shape = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs)) shape.setAttribute(k, v);
    svg.append(shape);
  }
  return svg;
}
