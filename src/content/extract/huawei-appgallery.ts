import { huaweiAppGallery } from '../../shared/stores/huawei-appgallery';
import { EMPTY_PAGE_FACTS, type PageFacts } from '../../shared/page-facts';
import { findJsonLd, ldObject } from './json-ld';
import { idFromSelfLinks } from './page-id';
import { safely } from './safe';
import { cleanText } from './text';

// Huawei AppGallery, appgallery.huawei.com/app/C<digits>: a client-rendered single-page app whose
// content arrives by XHR (STRUCTURE.md §6). No captured page exists and its markup is unknown, so
// nothing is read from its DOM classes; only a schema.org SoftwareApplication block, should the page
// carry one, gives name and developer. Everything else stays "not found".

/** What an AppGallery page says about the app, as far as known. Never throws. */
export function extractHuaweiAppGallery(doc: Document): PageFacts {
  const ld = safely(() => findJsonLd(doc, 'SoftwareApplication'), null);
  return {
    ...EMPTY_PAGE_FACTS,
    pageAppId: safely(() => idFromSelfLinks(doc, huaweiAppGallery), null),
    title: cleanText(ld?.['name']),
    developer: cleanText(ldObject(ld, 'author')?.['name']),
    privacy: [],
  };
}
