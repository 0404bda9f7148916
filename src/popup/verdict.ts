// The one-sentence answer at the top of the popup, from the report alone: who publishes the app, where
// the company that connects it to a law is based, what that law does (with its sources), and which of
// the user's settings produced the level. Pure, so the popup and "Copy report" share it.
import type { ChainLink, LawFinding, Level, Report } from '../shared/report-types';
import { flaggedTopics, TOPIC_EFFECT_KEYS, TOPIC_LABEL_KEYS, topicsBehindLevel } from './law-topics';
import type { Arg, Phrase } from './phrase';
import { phrase } from './phrase';

export const LEVEL_KEYS: Record<Level, string> = { concern: 'levelConcern', noted: 'levelNoted', unknown: 'levelUnknown', none: 'levelNone' };

export function appName(report: Report): string {
  return report.app?.name ?? report.page?.title ?? report.storeId;
}

/** "incorporated in X", "headquartered in Y", or both, for one company. */
function whereIs(link: ChainLink): Phrase {
  if (link.domicile.id === link.headquarters.id) return phrase('whereBoth', { name: link.domicile.name });
  return phrase('whereSplit', { name: link.domicile.name }, { name: link.headquarters.name });
}

/** Where a company is, as far as it brings the law's jurisdiction into play. */
function whereForLaw(law: LawFinding, entityId: string): Phrase {
  const links = law.links.filter((l) => l.entityId === entityId);
  const first = links[0]!;
  const place: Arg =
    first.place.id === law.jurisdiction.id ? { name: first.place.name } : phrase('placeInBloc', { name: first.place.name }, { name: law.jurisdiction.name });
  if (links.some((l) => l.basis === 'domicile') && links.some((l) => l.basis === 'headquarters')) return phrase('whereBoth', place);
  return phrase(first.basis === 'domicile' ? 'whereIncorporated' : 'whereHeadquartered', place);
}

/** The publisher whose chain holds `link` (parents follow their publisher; controllers follow the
 *  company they act for). */
function publisherOf(chain: readonly ChainLink[], link: ChainLink): ChainLink | undefined {
  let i = chain.indexOf(link);
  if (link.role === 'controller') i = chain.findIndex((c) => c.name === link.of);
  for (; i >= 0; i--) if (chain[i]!.role === 'publisher') return chain[i];
  return chain.find((c) => c.role === 'publisher');
}

function concernSentence(report: Report, law: LawFinding): Phrase {
  const link = report.chain.find((c) => c.entityId === law.links[0]?.entityId);
  const topic = flaggedTopics(law, report.settings)[0] ?? law.topics[0]!;
  const lawArgs: Arg[] = [String(law.year), { name: law.name }, phrase(TOPIC_EFFECT_KEYS[topic]), { refs: law.sources }];
  if (!link) return phrase('verdictConcernLaw', { name: law.jurisdiction.name }, ...lawArgs);
  const publisher = publisherOf(report.chain, link) ?? link;
  const where = whereForLaw(law, link.entityId);
  if (publisher === link) return phrase('verdictConcernSelf', { name: link.name }, where, ...lawArgs);
  const key =
    link.role === 'controller' ? 'verdictConcernController' : link.of === publisher.name ? 'verdictConcernParent' : 'verdictConcernAncestor';
  return phrase(key, { name: publisher.name }, { name: link.name }, where, ...lawArgs);
}

function notedSentences(report: Report): Phrase[] {
  const publisher = report.chain.find((c) => c.role === 'publisher');
  if (!publisher) return [phrase('verdictNoPublisher', { name: appName(report) })];
  const out = [phrase('verdictNoted', { name: publisher.name }, whereIs(publisher))];
  // The ultimate parent: the last of the parents that follow this publisher.
  const start = report.chain.indexOf(publisher) + 1;
  const next = report.chain.findIndex((c, i) => i >= start && c.role !== 'parent');
  const top = report.chain.slice(start, next < 0 ? undefined : next).at(-1);
  if (top && top.headquarters.id !== publisher.headquarters.id) out.push(phrase('verdictParentElsewhere', { name: top.name }, whereIs(top)));
  return out;
}

/** The verdict: one sentence, plus short pointers when there is more to it. */
export function verdictPhrases(report: Report): Phrase[] {
  if (report.level === 'unknown' || !report.app) {
    const out = [phrase('verdictUnknown', { name: appName(report) })];
    if (report.nameMatches.length) out.push(phrase('verdictUnknownMatch', { list: report.nameMatches.map((m) => ({ name: m.name })) }));
    return out;
  }
  const out = report.level === 'concern' && report.reasons.length ? [concernSentence(report, report.laws[report.reasons[0]!]!)] : notedSentences(report);
  const more = report.reasons.length - 1;
  if (more > 0) out.push(phrase(more === 1 ? 'verdictMoreConcernOne' : 'verdictMoreConcern', String(more)));
  const publishers = report.chain.filter((c) => c.role === 'publisher').length;
  if (publishers > 1) out.push(phrase('verdictPublishers', String(publishers)));
  return out;
}

function jurisdictionNames(report: Report, ids: readonly string[]): Arg[] {
  const known = new Map(report.laws.map((l) => [l.jurisdiction.id, l.jurisdiction.name]));
  return ids.map((id) => ({ name: known.get(id) ?? id.toUpperCase() }));
}

/** Which setting produced the level, in words. */
export function levelWhy(report: Report): Phrase[] {
  const level = phrase(LEVEL_KEYS[report.level]);
  const quoted = (keys: readonly string[]) => ({ list: keys.map((k) => phrase('quoted', phrase(k))) });
  const only = report.settings.jurisdictions === 'all' ? [] : [phrase('levelWhyOnlyIn', { list: jurisdictionNames(report, report.settings.jurisdictions) })];
  if (report.level === 'unknown') return [phrase('levelWhyUnknown', level, { name: report.storeId })];
  if (report.level === 'concern') return [phrase('levelWhyConcern', level, quoted(topicsBehindLevel(report).map((t) => TOPIC_LABEL_KEYS[t]))), ...only];
  if (report.level !== 'noted') return [];
  if (!report.laws.length) return [phrase('levelWhyNoLaws', level)];
  if (!report.settings.topics.length) return [phrase('levelWhyNoTopics', level)];
  return [phrase('levelWhyNoted', level, String(report.laws.length), quoted(report.settings.topics.map((t) => TOPIC_LABEL_KEYS[t]))), ...only];
}
