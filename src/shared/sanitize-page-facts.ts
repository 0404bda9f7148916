// Page facts arrive from a content script running inside an untrusted page. Keep only the expected
// shape, with bounded sizes; anything else becomes "not found".
import type { PageFacts, PrivacyDeclaration, TraderStatus } from './page-facts';

const MAX_TEXT = 500;
const MAX_BLOCKS = 30;
const MAX_ITEMS = 100;
// Permission lists: an extension may match hundreds of sites; each entry is one name or pattern.
const MAX_LIST = 300;
const MAX_LIST_TEXT = 300;
const TRADER: readonly TraderStatus[] = ['trader', 'non-trader'];
const LISTS = ['permissions', 'hostPermissions', 'antiFeatures'] as const;

function text(value: unknown, max = MAX_TEXT): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed ? trimmed.slice(0, max) : null;
}

function declaration(value: unknown): PrivacyDeclaration | null {
  const v = value as Partial<PrivacyDeclaration> | null;
  const heading = text(v?.heading);
  if (!heading) return null;
  const items = Array.isArray(v?.items) ? v.items.slice(0, MAX_ITEMS).map((i) => text(i)).filter((i): i is string => !!i) : [];
  return { heading, items };
}

function list(value: readonly unknown[]): string[] {
  const items = value.slice(0, MAX_LIST).map((i) => text(i, MAX_LIST_TEXT)).filter((i): i is string => !!i);
  return [...new Set(items)];
}

export function sanitizePageFacts(value: unknown): PageFacts | null {
  if (!value || typeof value !== 'object') return null;
  const v = value as Record<string, unknown>;
  const privacy = Array.isArray(v.privacy) ? v.privacy.slice(0, MAX_BLOCKS).map(declaration).filter((d): d is PrivacyDeclaration => !!d) : [];
  const facts: PageFacts = {
    pageAppId: text(v.pageAppId, 200),
    title: text(v.title),
    developer: text(v.developer),
    legalName: text(v.legalName),
    address: text(v.address, 1000),
    privacy,
  };
  // Optional fields stay absent unless the report has them (see PageFacts): a malformed trader
  // status becomes "not shown", a list that is not an array is dropped.
  if ('trader' in v) facts.trader = TRADER.find((t) => t === v.trader) ?? null;
  for (const key of LISTS) {
    const raw = v[key];
    if (Array.isArray(raw)) facts[key] = list(raw);
  }
  return facts;
}
