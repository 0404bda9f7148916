// Opt-in markers on store listing pages: a small badge after each link to an app that is in the
// dataset. Each marker lives in a closed shadow root, so the page can neither style nor read it and
// it cannot break the page's layout rules; its text is only the level character and its label.
import type { MarkerLevel } from '../shared/marker-levels';
import { MAX_MARKER_URLS } from '../shared/marker-levels';
import type { Identify } from '../shared/stores/identify';

export interface MarkerDeps {
  /** Levels for app URLs; null when the user has not turned markers on. */
  ask(urls: string[]): Promise<MarkerLevel[] | null>;
  /** The accessible label, e.g. "Jurisdiction Lens: WeChat — Concern". */
  label(marker: MarkerLevel): string;
  /** Which links are app pages (the content script passes its own store's adapter). */
  identify: Identify;
}

const COLOURS = { concern: '#B3261E', noted: '#0B57D0' } as const;
const TEXT = { concern: '!', noted: 'i' } as const;
export const MARKER_ATTRIBUTE = 'data-jurisdiction-lens-marker';

/** Links to app pages, by absolute URL, leaving out the app of the page itself. */
export function appLinks(doc: Document, seen: WeakSet<Element>, pageUrl: string, identifyApp: Identify): Map<string, HTMLAnchorElement[]> {
  const current = identifyApp(pageUrl);
  const links = new Map<string, HTMLAnchorElement[]>();
  for (const a of doc.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    if (seen.has(a) || links.size >= MAX_MARKER_URLS) continue;
    const url = absolute(a.getAttribute('href') ?? '', pageUrl);
    const match = identifyApp(url);
    if (!url || !match || (current && current.id === match.id && current.type === match.type)) continue;
    const list = links.get(url) ?? [];
    list.push(a);
    links.set(url, list);
  }
  return links;
}

function absolute(href: string, base: string): string | null {
  try {
    return new URL(href, base).href;
  } catch {
    return null;
  }
}

export function renderMarker(doc: Document, marker: MarkerLevel, label: string): HTMLElement {
  const host = doc.createElement('span');
  host.setAttribute(MARKER_ATTRIBUTE, marker.level);
  host.setAttribute('role', 'img');
  host.setAttribute('aria-label', label);
  host.title = label;
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = `:host{all:initial;display:inline-block;vertical-align:middle;margin:0 4px}
span{display:inline-grid;place-items:center;width:16px;height:16px;border-radius:50%;font:700 11px/1 system-ui,sans-serif;color:#fff;background:${COLOURS[marker.level]}}`;
  const badge = doc.createElement('span');
  badge.setAttribute('aria-hidden', 'true');
  badge.textContent = TEXT[marker.level];
  root.append(style, badge);
  return host;
}

/** Adds markers for the links not seen before; returns how many were added, or null when markers
 *  are off. */
export async function markLinks(doc: Document, deps: MarkerDeps, seen: WeakSet<Element>, pageUrl: string): Promise<number | null> {
  const links = appLinks(doc, seen, pageUrl, deps.identify);
  for (const anchors of links.values()) anchors.forEach((a) => seen.add(a));
  if (!links.size) return 0;
  const levels = await deps.ask([...links.keys()]);
  if (!levels) return null;
  let added = 0;
  for (const marker of levels) {
    for (const a of links.get(marker.url) ?? []) {
      if (!a.isConnected) continue;
      a.after(renderMarker(doc, marker, deps.label(marker)));
      added++;
    }
  }
  return added;
}

/** Marks the page now and again when tiles are added (debounced: stores add them in bursts). Asks
 *  first, with no links, whether markers are on: when they are off (the default) the page's links are
 *  never scanned and nothing is observed. */
export async function watchMarkers(doc: Document, deps: MarkerDeps): Promise<void> {
  if ((await deps.ask([]).catch(() => null)) === null) return;
  const seen = new WeakSet<Element>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver(() => {
    clearTimeout(timer);
    timer = setTimeout(run, 500);
  });
  function run(): void {
    markLinks(doc, deps, seen, doc.location.href)
      .then((added) => added === null && observer.disconnect())
      .catch(() => observer.disconnect());
  }
  observer.observe(doc.documentElement, { childList: true, subtree: true });
  run();
}
