// An Android package name ("applicationId"): dot-separated segments of letters, digits and
// underscores, the first starting with a letter. Play, F-Droid, Galaxy Store and the Chinese stores
// all name an app by it, so one check serves every store adapter (Play also accepts mixed case).
const PACKAGE = /^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z0-9_]+)+$/;
const MAX_LENGTH = 200;

/** True when `id` has the shape of an Android package name. */
export function isAndroidPackage(id: string | null | undefined): id is string {
  return !!id && id.length <= MAX_LENGTH && PACKAGE.test(id);
}
