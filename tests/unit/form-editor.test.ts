// @vitest-environment jsdom
// The options form (issue 5) in jsdom with an in-memory storage.local: a field typed into is checked as
// the user types and named; a refused save (invalid, storage full, changed in another page) stores
// nothing and keeps the draft in the form.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { compileDataset } from '../../src/shared/compiled-dataset';
import { LOCAL } from '../../src/shared/storage-keys';
import type { FakeLocalStorage } from './helpers/fake-storage';
import { fakeLocalStorage } from './helpers/fake-storage';
import { app, entity, jurisdiction } from './helpers/records';

vi.mock('../../src/shared/browser', () => ({
  default: { i18n: { getMessage: (key: string, subs?: string | string[]) => [key, ...(subs === undefined ? [] : [subs].flat())].join('|') } },
}));

const { createLayerStore } = await import('../../src/options/layer-store');
const { formEditor } = await import('../../src/options/form-editor/editor-panel');

const bundled = compileDataset([jurisdiction('us'), entity('acme-llc', 'us'), app('widget', 'acme-llc')]);
const $ = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector)!;

function type(selector: string, value: string): void {
  const input = $<HTMLInputElement>(selector);
  input.value = value;
  input.dispatchEvent(new Event('input'));
}

async function saveAndWait(): Promise<string> {
  $('#editor-status').textContent = '';
  $<HTMLButtonElement>('#save-record').click();
  return vi.waitFor(() => {
    const status = $('#editor-status').textContent ?? '';
    if (!status) throw new Error('no verdict yet');
    return status;
  });
}

describe('the record form', () => {
  let storage: FakeLocalStorage;
  beforeEach(async () => {
    storage = fakeLocalStorage();
    const { store } = await createLayerStore({ area: storage, changes: storage.onChanged, bundled });
    const editor = formEditor(bundled, store, () => {});
    document.body.replaceChildren(editor.element);
    editor.open('app:widget');
  });

  it('is generated for every field, with references chosen from existing records', () => {
    expect($<HTMLInputElement>('#f-name').value).toBe('App widget');
    const publisher = $<HTMLSelectElement>('#f-publishers-0-entity');
    expect(publisher.tagName).toBe('SELECT');
    expect([...publisher.options].map((o) => o.value)).toEqual(['', 'acme-llc']);
    expect($<HTMLInputElement>('#f-stores-0-sources-0-url').value).toMatch(/^https:/);
    expect(JSON.parse($<HTMLTextAreaElement>('#editor').value)).toMatchObject({ id: 'widget', kind: 'app' });
  });

  it('names the field and the problem as the user types, and keeps the JSON view in step', async () => {
    type('#f-name', '');
    await vi.waitFor(() => expect($('#f-name').getAttribute('aria-invalid')).toBe('true'));
    const described = document.getElementById($('#f-name').getAttribute('aria-describedby') ?? '');
    expect(described?.textContent).not.toBe('');
    expect($('#editor-problems').textContent).toContain('field_name');
    expect(JSON.parse($<HTMLTextAreaElement>('#editor').value).name).toBe('');
  });

  it('adds and removes list items', () => {
    $<HTMLButtonElement>('#f-stores > button.small:last-of-type').click();
    expect($('#f-stores-1-id')).not.toBeNull();
    expect($('#f-stores-1')).not.toBeNull();
    [...document.querySelectorAll<HTMLButtonElement>('#f-stores-1 > button')].at(-1)!.click();
    expect(document.querySelector('#f-stores-1')).toBeNull();
  });

  it('refuses an invalid save and a save storage cannot take, storing nothing and keeping the draft', async () => {
    type('#f-name', 'Widget Pro');
    type('#f-lastReviewed', 'soon');
    expect(await saveAndWait()).toBe('saveRefused');
    expect(storage.writes).toBe(0);
    type('#f-lastReviewed', '2026-11-28');
    storage.failWrites = new Error('QUOTA_BYTES quota exceeded');
    expect(await saveAndWait()).toMatch(/^layerSaveFailed\|.*QUOTA_BYTES/);
    expect($<HTMLInputElement>('#f-name').value).toBe('Widget Pro');
    storage.failWrites = null;
    expect(await saveAndWait()).toBe('savedRecord');
    expect(((await storage.get(LOCAL.userLayer))[LOCAL.userLayer] as { overrides: Record<string, { record: { name: string } }> }).overrides['app:widget']!.record.name).toBe('Widget Pro');
  });

  it('refuses to overwrite a change made to the record in another page, and says so', async () => {
    type('#f-name', 'Mine');
    const theirs = { ...app('widget', 'acme-llc'), name: 'Theirs' };
    await storage.set({ [LOCAL.userLayer]: { version: 1, overrides: { 'app:widget': { record: theirs, updatedAt: '2026-11-28T10:00:00.000Z' } } } });
    expect($('#stale-notice')).not.toBeNull();
    const writes = storage.writes;
    expect(await saveAndWait()).toBe('staleSaveRefused');
    expect(storage.writes).toBe(writes);
    expect($<HTMLInputElement>('#f-name').value).toBe('Mine');
    $<HTMLButtonElement>('#reload-record').click();
    expect($<HTMLInputElement>('#f-name').value).toBe('Theirs');
  });
});
