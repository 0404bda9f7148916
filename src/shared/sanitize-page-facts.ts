// Page facts arrive from a content script running inside an untrusted page. Keep only the expected
// shape, with bounded sizes; anything else becomes "not found".
import type { PageFacts, PrivacyDeclaration } from './page-facts';

const MAX_TEXT = 500;
const MAX_BLOCKS = 30;
const MAX_ITEMS = 100;

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

export function sanitizePageFacts(value: unknown): PageFacts | null {
  if (!value || typeof value !== 'object') return null;
  const v = value as Record<string, unknown>;
  const privacy = Array.isArray(v.privacy) ? v.privacy.slice(0, MAX_BLOCKS).map(declaration).filter((d): d is PrivacyDeclaration => !!d) : [];
  return {
    pageAppId: text(v.pageAppId, 200),
    title: text(v.title),
    developer: text(v.developer),
    legalName: text(v.legalName),
    address: text(v.address, 1000),
    privacy,
  };
}
