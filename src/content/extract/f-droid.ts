import { fDroid } from '../../shared/stores/f-droid';
import { EMPTY_PAGE_FACTS, type PageFacts } from '../../shared/page-facts';
import { textOf } from './dom';
import { idFromSelfLinks } from './page-id';
import { firstOf, safely } from './safe';
import { MAX_LIST_ITEMS, cleanList } from './text';

// F-Droid package page, f-droid.org/<lang>/packages/<pkg>/: static HTML from a Jekyll template
// (f-droid/fdroid-website _layouts/package.html; STRUCTURE.md §6). No captured page is saved; the
// selectors follow the template. F-Droid shows no postal address and no privacy label.
//   h3.package-name                                   the app's name
//   ul.package-links li.package-link a[href^=mailto:] "Author: <name>"
//   div.package-anti-features li.anti-feature-item    a[href$="/Anti-Features/#<Id>"] + localized text
//   li.package-version#latest li.permission           div.permission-label (localized), and in newer
//                                                     templates the raw android.permission.* name

// A permission's raw name, e.g. android.permission.CAMERA or com.google.android.c2dm.permission.RECEIVE.
const RAW_PERMISSION = /\b[a-z][\w]*(?:\.[\w]+)*\.permission\.[A-Za-z0-9_.]+\b/;
const ANTI_FEATURE_ID = /#([A-Za-z]{2,40})$/;

/** What an F-Droid package page says about the app. Never throws; missing fields are null / []. */
export function extractFDroid(doc: Document): PageFacts {
  const facts: PageFacts = {
    ...EMPTY_PAGE_FACTS,
    pageAppId: safely(() => idFromSelfLinks(doc, fDroid), null),
    title: firstOf(() => textOf(doc.querySelector('.package-name'))),
    developer: firstOf(() => textOf(doc.querySelector('.package-links a[href^="mailto:"]'))),
    privacy: [],
  };
  // The template leaves out an empty anti-feature or permission list, so on a package page "no list"
  // means none; on anything else (a page still loading, an error page) it means nothing was read.
  const anti = safely(() => (doc.querySelector('article.package') ? antiFeatures(doc) : null), null);
  const permissions = safely(() => latestPermissions(doc), null);
  return { ...facts, ...(anti ? { antiFeatures: anti } : {}), ...(permissions ? { permissions } : {}) };
}

/** Anti-features of the app and of its latest version, by their documented id ("Ads", "Tracking"),
 *  which reads the same in every UI language; the visible text when a link carries no id. */
function antiFeatures(doc: Document): string[] {
  const items = Array.from(doc.querySelectorAll('.package-anti-features li')).slice(0, MAX_LIST_ITEMS);
  return cleanList(
    items.map((item) => {
      const href = item.querySelector('a')?.getAttribute('href') ?? '';
      return ANTI_FEATURE_ID.exec(href)?.[1] ?? textOf(item.querySelector('.anti-feature-text') ?? item);
    }),
  );
}

/** Permissions of the latest version (the first in the list, id="latest"): the raw permission name
 *  when the page shows it, else its label. */
function latestPermissions(doc: Document): string[] | null {
  const latest = doc.querySelector('li.package-version#latest') ?? doc.querySelector('li.package-version');
  if (!latest) return null;
  const items = Array.from(latest.querySelectorAll('.package-version-permissions-list > li'));
  return cleanList(
    items.slice(0, MAX_LIST_ITEMS).map((item) => {
      const raw = RAW_PERMISSION.exec(item.textContent ?? '')?.[0];
      return raw ?? textOf(item.querySelector('.permission-label') ?? item);
    }),
  );
}
