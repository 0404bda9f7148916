import { MAX_LIST_ITEMS, cleanList } from './text';

// What a browser extension may do once installed, from its own manifest.json (the Chrome Web Store
// embeds it) or from AMO's permission lists. Permissions that are match patterns are host access;
// the rest are API permissions. Content-script matches grant host access too, which is why browsers
// count them in the install prompt. Optional permissions are asked for later, at run time, and are
// not part of what an install grants, so they are left out.

export interface ExtensionPermissions {
  permissions: string[];
  hostPermissions: string[];
}

const isHostPattern = (value: string): boolean => value === '<all_urls>' || value.includes('://');

/** Splits one list into API permissions and host patterns. Object entries (Chrome apps wrote
 *  {"fileSystem": ["write"]}) count by their key. */
export function splitPermissions(list: unknown, hosts: readonly unknown[] = []): ExtensionPermissions {
  const names = asList(list).flatMap((entry) =>
    typeof entry === 'object' && entry !== null && !Array.isArray(entry) ? Object.keys(entry) : [entry],
  );
  const strings = names.filter((name): name is string => typeof name === 'string');
  return {
    permissions: cleanList(strings.filter((name) => !isHostPattern(name))),
    hostPermissions: cleanList([...strings.filter(isHostPattern), ...hosts]),
  };
}

/** Permissions and host access declared by a manifest.json object (MV2 or MV3); null if it is not one. */
export function manifestPermissions(manifest: unknown): ExtensionPermissions | null {
  if (typeof manifest !== 'object' || manifest === null || Array.isArray(manifest)) return null;
  const m = manifest as Record<string, unknown>;
  const scriptMatches = asList(m['content_scripts']).flatMap((script) =>
    typeof script === 'object' && script !== null ? asList((script as Record<string, unknown>)['matches']) : [],
  );
  return splitPermissions(m['permissions'], [...asList(m['host_permissions']), ...scriptMatches]);
}

function asList(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value.slice(0, MAX_LIST_ITEMS) : [];
}
