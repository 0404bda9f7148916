import { cleanLines, cleanText } from './text';

/** Cleaned one-line text of an element, or null. */
export function textOf(element: Element | null | undefined): string | null {
  return cleanText(element?.textContent ?? null);
}

/** Cleaned multi-line text of an element (line breaks kept), or null. */
export function linesOf(element: Element | null | undefined): string | null {
  return cleanLines(element?.textContent ?? null);
}

/** Text of an element's own text nodes, skipping its child elements (a nested sub-line or badge). */
export function ownTextOf(element: Element | null | undefined): string | null {
  if (!element) return null;
  const own = Array.from(element.childNodes)
    .filter((node) => node.nodeType === 3) // Node.TEXT_NODE; the Node global is absent in some runtimes
    .map((node) => node.textContent ?? '')
    .join(' ');
  return cleanText(own);
}

/** content of <meta name|property=...>, raw. */
export function metaContent(doc: Document, key: string): string | null {
  const meta = doc.querySelector(`meta[name="${key}"], meta[property="${key}"]`);
  return meta?.getAttribute('content') ?? null;
}
