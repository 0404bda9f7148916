// Reports built the way the background builds them, from small test records.
import { buildReport } from '../../../src/shared/build-report';
import { compileDataset } from '../../../src/shared/compiled-dataset';
import type { DatasetRecord } from '../../../src/shared/dataset-types';
import { EffectiveDataset } from '../../../src/shared/effective-dataset';
import type { PageFacts } from '../../../src/shared/page-facts';
import type { Report } from '../../../src/shared/report-types';
import type { ConcernSettings } from '../../../src/shared/settings';
import { DEFAULT_SETTINGS } from '../../../src/shared/settings';
import type { UserLayer } from '../../../src/shared/user-layer';
import { emptyUserLayer } from '../../../src/shared/user-layer';

export interface ReportOptions {
  id?: string;
  page?: PageFacts | null;
  settings?: ConcernSettings;
  layer?: UserLayer;
  now?: Date;
}

export function reportFor(records: DatasetRecord[], { id = 'com.example.chat', page = null, settings = DEFAULT_SETTINGS, layer = emptyUserLayer(), now = new Date('2026-11-28') }: ReportOptions = {}): Report {
  return buildReport(new EffectiveDataset(compileDataset(records), layer), settings, {
    url: `https://play.google.com/store/apps/details?id=${id}`,
    match: { store: 'google-play', type: 'android', id },
    page,
    pageStatus: page ? 'ok' : 'pending',
    now,
  });
}
