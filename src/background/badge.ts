// The toolbar badge per tab: a character and a colour for the level, and a sentence as the tooltip,
// so the level never rests on colour alone.
import browser from '../shared/browser';
import { t } from '../shared/i18n';
import type { Level, Report } from '../shared/report-types';

export const BADGE: Record<Exclude<Level, 'none'>, { text: string; colour: string }> = {
  concern: { text: '!', colour: '#B3261E' },
  noted: { text: 'i', colour: '#0B57D0' },
  unknown: { text: '?', colour: '#5F6368' },
};

export function badgeTitle(report: Report | null): string {
  if (!report) return t('extName');
  const app = report.app?.name ?? report.page?.title ?? report.storeId;
  // Out of date and disputed are said in words too: the badge letter alone would look settled.
  const caveats = [report.app?.stale ? t('badgeStale') : '', report.disputed ? t('badgeDisputed') : ''].filter(Boolean);
  return [levelSentence(report, app), ...caveats].join(' ');
}

function levelSentence(report: Report, app: string): string {
  if (report.level === 'unknown') return t('badgeUnknown', [app]);
  if (report.level === 'concern') {
    const law = report.laws[report.reasons[0] ?? 0];
    return t('badgeConcern', [app, law ? `${law.name} (${law.jurisdiction.name})` : '']);
  }
  return t('badgeNoted', [app]);
}

export async function showBadge(tabId: number, report: Report | null): Promise<void> {
  const level = report?.level ?? 'none';
  const badge = level === 'none' ? null : BADGE[level];
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: badge?.text ?? '' }),
    browser.action.setTitle({ tabId, title: badgeTitle(report) }),
    badge ? browser.action.setBadgeBackgroundColor({ tabId, color: badge.colour }) : undefined,
    badge && browser.action.setBadgeTextColor ? browser.action.setBadgeTextColor({ tabId, color: '#FFFFFF' }) : undefined,
  ]);
}
