// store id → app → publishers → parent chain and data controllers → jurisdictions → laws, with every
// finding pointing at its numbered sources. Pure: the background calls it, tests call it directly.
import type { AppRecord, EntityRecord, JurisdictionRecord, Law, Source } from './dataset-types';
import type { Effective, EffectiveDataset } from './effective-dataset';
import type { PageFacts } from './page-facts';
import { countryFromAddress } from './address-country';
import { explainPage } from './explain-page';
import type { ChainLink, ExplainedTerm, LawFinding, LawLink, Level, NumberedSource, PageCountry, PlaceRef, Report } from './report-types';
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
    settings: settingsOf(settings),
  };
  // Called last in both branches, so the glossaries' sources are numbered after the findings' own.
  const explain = (): ExplainedTerm[] => explainPage(data, input.match.store, input.page).map(({ sources, ...term }) => ({ ...term, sources: book.cite(sources) }));
  if (!found) {
    const pageCountry = pageCountryOf(data, settings, input.page, book);
    const explained = explain();
    return { ...base, ...emptyFindings(), explained, app: null, level: 'unknown', nameMatches: nameMatches(data, input.page), ...(pageCountry ? { pageCountry } : {}), sources: book.list };
  }

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
  const explained = explain();
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
    explained,
    nameMatches: [],
    disputed: events.some((e) => e.disputed),
    sources: book.list,
  };
}

/** A copy of the settings that produced the level, for the popup's "why". */
function settingsOf(settings: ConcernSettings): Report['settings'] {
  const jurisdictions: Report['settings']['jurisdictions'] = settings.jurisdictions === 'all' ? 'all' : [...settings.jurisdictions];
  return { topics: [...settings.topics], jurisdictions };
}

function emptyFindings() {
  return { reasons: [], chain: [], laws: [], events: [], permissions: [], explained: [], disputed: false };
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
  const touched = jurisdictionsTouched(data, chain);
  const findings: LawFinding[] = [];
  for (const [id, links] of touched) {
    const j = data.jurisdiction(id);
    for (const law of j?.record.laws ?? []) {
      const via = [...new Set(links.map((l) => chain.find((c) => c.entityId === l.entityId)!.name))];
      findings.push(lawFinding(j!, law, { via, links }, settings, book));
    }
  }
  return findings.sort(byWeight(settings));
}

function lawFinding(
  j: Effective<JurisdictionRecord>,
  law: Law,
  reach: Pick<LawFinding, 'via' | 'links'>,
  settings: ConcernSettings,
  book: SourceBook,
): LawFinding {
  const { id, name } = j.record;
  return {
    jurisdiction: { id, name },
    ...reach,
    name: law.name,
    year: law.year,
    summary: law.summary,
    topics: law.topics,
    concern: isConcern(settings, id, law.topics),
    sources: book.cite(law.sources),
    origin: j.origin,
  };
}

/** Laws that set the level first; among them, those that reach the app through more companies of
 *  its chain, then those of more kinds the user flags. Otherwise the dataset's order (stable sort). */
function byWeight(settings: ConcernSettings) {
  const reach = (l: LawFinding) => new Set(l.links.map((link) => link.entityId)).size;
  const flagged = (l: LawFinding) => (l.concern ? l.topics.filter((t) => settings.topics.includes(t)).length : 0);
  return (a: LawFinding, b: LawFinding) => Number(b.concern) - Number(a.concern) || reach(b) - reach(a) || flagged(b) - flagged(a);
}

/** Jurisdiction id → how the chain reaches it, in chain order. A bloc is reached through the member
 *  country where an entity is incorporated or headquartered. */
function jurisdictionsTouched(data: EffectiveDataset, chain: readonly ChainLink[]): Map<string, LawLink[]> {
  const touched = new Map<string, LawLink[]>();
  const note = (jurisdiction: string, link: LawLink, depth = 0) => {
    const links = touched.get(jurisdiction) ?? [];
    if (!links.some((l) => l.entityId === link.entityId && l.basis === link.basis)) links.push(link);
    touched.set(jurisdiction, links);
    if (depth > 3) return; // a bloc that (wrongly) lists itself or a parent bloc cannot loop
    for (const bloc of data.jurisdiction(jurisdiction)?.record.memberOf ?? []) note(bloc, link, depth + 1);
  };
  for (const c of chain) {
    note(c.domicile.id, { entityId: c.entityId, basis: 'domicile', place: c.domicile });
    note(c.headquarters.id, { entityId: c.entityId, basis: 'headquarters', place: c.headquarters });
  }
  return touched;
}

/** What the developer's address on the page indicates: its country and that country's laws in the
 *  dataset. The level stays "unknown": an address is where a company says it can be reached, not
 *  proof of who controls the data. */
function pageCountryOf(data: EffectiveDataset, settings: ConcernSettings, page: PageFacts | null, book: SourceBook): PageCountry | undefined {
  const found = countryFromAddress(page?.address);
  if (!found) return undefined;
  const profile = data.jurisdiction(found.id);
  const who = page?.legalName ?? page?.developer ?? '';
  const place = { id: found.id, name: profile?.record.name ?? regionName(found.id) };
  const laws: LawFinding[] = [];
  for (const id of [found.id, ...(profile?.record.memberOf ?? [])]) {
    const j = data.jurisdiction(id);
    for (const law of j?.record.laws ?? []) {
      laws.push(lawFinding(j!, law, { via: who ? [who] : [], links: [] }, settings, book));
    }
  }
  return { ...place, matched: found.matched, confidence: found.confidence, inDataset: !!profile, laws: laws.sort(byWeight(settings)) };
}

function regionName(id: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'region' }).of(id.toUpperCase()) ?? id.toUpperCase();
  } catch {
    return id.toUpperCase();
  }
}

function nameMatches(data: EffectiveDataset, page: PageFacts | null): Report['nameMatches'] {
  const names = [page?.legalName, page?.developer].filter((n): n is string => !!n);
  const out = new Map<string, string>();
  for (const n of names) for (const e of data.entitiesByName(n)) out.set(e.record.id, e.record.legalName);
  return [...out].map(([entityId, name]) => ({ entityId, name }));
}
