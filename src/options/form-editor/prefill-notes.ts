// "Add this app" from the popup: beside the prefilled form, what the store page showed (developer,
// legal name, address and the country the address names), so the user can pick or add the publisher.
import type { CompiledDataset } from '../../shared/compiled-dataset';
import { countryFromAddress } from '../../shared/address-country';
import { el } from '../../shared/dom';
import type { AddPrefill } from '../../shared/editor-links';
import { t } from '../../shared/i18n';
import type { UserLayer } from '../../shared/user-layer';
import { matchingEntity } from '../templates';

export function prefillNotes(prefill: AddPrefill, bundled: CompiledDataset, layer: UserLayer): HTMLElement {
  const rows: [string, string][] = [
    ['pageDeveloper', prefill.developer],
    ['pageLegalName', prefill.legalName],
    ['pageAddress', prefill.address],
  ];
  const country = countryFromAddress(prefill.address);
  if (country) rows.push(['prefillCountry', country.id]);
  const list = el('dl', { id: 'prefill-facts' }, ...rows.filter(([, v]) => v).flatMap(([k, v]) => [el('dt', { text: t(k) }), el('dd', { text: v })]));
  const entity = matchingEntity(prefill, bundled, layer);
  const help = entity ? t('prefillEntityFound', [entity]) : t('prefillNoEntity');
  return el('div', { id: 'prefill', class: 'notice' }, el('h3', { text: t('prefillTitle') }), list, el('p', { text: help }));
}
