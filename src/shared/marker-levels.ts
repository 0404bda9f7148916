// Levels for the app links on a store listing page (search results, developer pages): only apps in the
// dataset get a marker; nothing is answered unless the user turned markers on.
import { buildReport } from './build-report';
import type { EffectiveDataset } from './effective-dataset';
import type { Level } from './report-types';
import type { ConcernSettings } from './settings';
import { identifyApp } from './stores';

export const MAX_MARKER_URLS = 300;

export interface MarkerLevel {
  url: string;
  level: Exclude<Level, 'unknown' | 'none'>;
  name: string;
}

export function markerLevels(data: EffectiveDataset, settings: ConcernSettings, urls: unknown, now = new Date()): MarkerLevel[] {
  if (!settings.markers || !Array.isArray(urls)) return [];
  const out: MarkerLevel[] = [];
  for (const url of urls.slice(0, MAX_MARKER_URLS)) {
    if (typeof url !== 'string') continue;
    const match = identifyApp(url);
    if (!match || !data.appByStoreId(match.type, match.id)) continue;
    const report = buildReport(data, settings, { url, match, page: null, pageStatus: 'pending', now });
    if (report.app && (report.level === 'concern' || report.level === 'noted')) out.push({ url, level: report.level, name: report.app.name });
  }
  return out;
}
