// store id → app → publishers → parent chain and data controllers → jurisdictions → laws, with every
// finding pointing at its numbered sources. Pure: the background calls it, tests call it directly.
import type { AppRecord, EntityRecord, Source } from './dataset-types';
import type { Effective, EffectiveDataset } from './effective-dataset';
import type { PageFacts } from './page-facts';
import type { ChainLink, LawFinding, Level, NumberedSource, PlaceRef, Report } from './report-types';
import type { ConcernSettings } from './settings';
import { isConcern } from './settings';
import type { StoreMatch } from './stores';
import { STORE_LABELS } from './stores';

const STALE_AFTER_MS = 365 * 24 * 3600 * 1000;
const MAX_CHAIN = 30;

/** Numbers sources in order of first use, one number per URL. */
class SourceBook {
  readonly list: NumberedSource[] = [];
  private readonly byUrl = new Map<string, number>();
  cite(sources: readonly Source[]): number[] {
    return sources.map((s) => {
      let n = this.byUrl.get(s.url);
      if (n === undefined) {
        n = this.list.length + 1;
        this.byUrl.set(s.url, n);
        this.list.push({ ...s, n });
      }
      return n;
    });
  }
}

export interface ReportInput {
  url: string;
  match: StoreMatch;
  page: PageFacts | null;
  pageStatus: Report['pageStatus'];
  now: Date;
}

export function buildReport(data: EffectiveDataset, settings: ConcernSettings, input: ReportInput): Report {
  const book = new SourceBook();
  const found = data.appByStoreId(input.match.type, input.match.id);
  const base = {
    url: input.url,
    store: input.match.store,
    storeLabel: STORE_LABELS[input.match.store],
    storeId: input.match.id,
    page: input.page,
    pageStatus: input.pageStatus,
  };
  if (!found) return { ...base, ...emptyFindings(), app: null, level: 'unknown', nameMatches: nameMatches(data, input.page), sources: [] };

  const app = found.record;
  const chain = buildChain(data, found, book);
  const laws = lawsOf(data, chain, settings, book);
  const events = (app.events ?? []).map((e) => ({
    date: e.date,
    kind: e.kind,
    summary: e.summary,
    disputed: e.disputed === true,
    ...(e.jurisdiction ? { jurisdiction: place(data, e.jurisdiction) } : {}),
    sources: book.cite(e.sources),
    origin: found.origin,
  }));
  const permissions = (app.permissionNotes ?? []).map((p) => ({
    platform: p.platform,
    permission: p.permission,
    note: p.note,
    sources: book.cite(p.sources),
    origin: found.origin,
  }));
  const reasons = laws.flatMap((l, i) => (l.concern ? [i] : []));
  const level: Level = reasons.length ? 'concern' : 'noted';
  const stale = input.now.getTime() - Date.parse(app.lastReviewed) > STALE_AFTER_MS;
  return {
    ...base,
    app: { id: app.id, name: app.name, lastReviewed: app.lastReviewed, stale, origin: found.origin },
    level,
    reasons,
    chain,
    laws,
    events,
    permissions,
    nameMatches: [],
    disputed: events.some((e) => e.disputed),
    sources: book.list,
  };
}

function emptyFindings() {
  return { reasons: [], chain: [], laws: [], events: [], permissions: [], disputed: false };
}

function place(data: EffectiveDataset, id: string): PlaceRef {
  return { id, name: data.jurisdiction(id)?.record.name ?? id.toUpperCase() };
}

/** Publishers, each followed by its parents up to the ultimate parent, then the data controllers
 *  named by any entity in the chain. Each entity appears once. */
function buildChain(data: EffectiveDataset, app: Effective<AppRecord>, book: SourceBook): ChainLink[] {
  const chain: ChainLink[] = [];
  const seen = new Set<string>();
  const add = (entityId: string, link: Omit<ChainLink, 'entityId' | 'name' | 'domicile' | 'headquarters' | 'placeSources'>) => {
    const entity = data.get('entity', entityId);
    if (!entity || seen.has(entityId) || chain.length >= MAX_CHAIN) return undefined;
    seen.add(entityId);
    chain.push({ ...link, ...describeEntity(data, entity.record, book), entityId });
    return entity;
  };
  for (const p of app.record.publishers) {
    let entity = add(p.entity, { role: 'publisher', region: p.region, sources: book.cite(p.sources), origin: app.origin });
    while (entity?.record.parent) {
      const child = entity.record;
      const parent: { entity: string; sources: Source[] } = child.parent!;
      entity = add(parent.entity, { role: 'parent', of: child.legalName, sources: book.cite(parent.sources), origin: entity.origin });
    }
  }
  for (const link of [...chain]) {
    const entity = data.get('entity', link.entityId);
    for (const c of entity?.record.dataControllers ?? []) {
      add(c.entity, { role: 'controller', region: c.region, of: link.name, sources: book.cite(c.sources), origin: entity!.origin });
    }
  }
  return chain;
}

function describeEntity(data: EffectiveDataset, e: EntityRecord, book: SourceBook) {
  const placeSources = [...new Set([...book.cite(e.domicile.sources), ...book.cite(e.headquarters.sources)])];
  return {
    name: e.legalName,
    domicile: place(data, e.domicile.jurisdiction),
    headquarters: place(data, e.headquarters.jurisdiction),
    placeSources,
  };
}

/** Laws of every jurisdiction the chain touches (domicile, headquarters, and blocs they belong to). */
function lawsOf(data: EffectiveDataset, chain: readonly ChainLink[], settings: ConcernSettings, book: SourceBook): LawFinding[] {
  const via = new Map<string, Set<string>>();
  const note = (jurisdiction: string, name: string) => {
    if (!via.has(jurisdiction)) via.set(jurisdiction, new Set());
    via.get(jurisdiction)!.add(name);
    for (const bloc of data.jurisdiction(jurisdiction)?.record.memberOf ?? []) note(bloc, name);
  };
  for (const link of chain) {
    note(link.domicile.id, link.name);
    note(link.headquarters.id, link.name);
  }
  const findings: LawFinding[] = [];
  for (const [id, names] of via) {
    const j = data.jurisdiction(id);
    for (const law of j?.record.laws ?? []) {
      findings.push({
        jurisdiction: { id, name: j!.record.name },
        via: [...names],
        name: law.name,
        year: law.year,
        summary: law.summary,
        topics: law.topics,
        concern: isConcern(settings, id, law.topics),
        sources: book.cite(law.sources),
        origin: j!.origin,
      });
    }
  }
  return findings.sort((a, b) => Number(b.concern) - Number(a.concern));
}

function nameMatches(data: EffectiveDataset, page: PageFacts | null): Report['nameMatches'] {
  const names = [page?.legalName, page?.developer].filter((n): n is string => !!n);
  const out = new Map<string, string>();
  for (const n of names) for (const e of data.entitiesByName(n)) out.set(e.record.id, e.record.legalName);
  return [...out].map(([entityId, name]) => ({ entityId, name }));
}
