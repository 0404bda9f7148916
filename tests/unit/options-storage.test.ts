// @vitest-environment jsdom
// The options page's storage path (issue 7, items 2 and 7), with an in-memory storage.local: hostile
// files fed to the real import control leave storage byte for byte as it was; a corrupted layer found
// at load is set aside and offered for download; a refused write changes nothing and says so.
import { File as NodeFile } from 'node:buffer';
import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { WHOLE_LAYER } from '../../src/shared/load-user-layer';
import { LOCAL } from '../../src/shared/storage-keys';
import type { FakeLocalStorage } from './helpers/fake-storage';
import { fakeLocalStorage } from './helpers/fake-storage';
import { baseRecords, bundled, existingLayer, fileText, hostileImport } from './helpers/hostile-imports';

// i18n without a browser: the key and its substitutions, so tests see which message was chosen.
vi.mock('../../src/shared/browser', () => ({
  default: { i18n: { getMessage: (key: string, subs?: string | string[]) => [key, ...(subs === undefined ? [] : [subs].flat())].join('|') } },
}));

const { createLayerStore } = await import('../../src/options/layer-store');
const { importExportSection } = await import('../../src/options/import-export');
const { setAsideNotice, setAsideFile, SET_ASIDE_FILE } = await import('../../src/options/set-aside-notice');

async function optionsPage(storage: FakeLocalStorage, onSaveError?: (e: unknown) => void) {
  const { store, setAside } = await createLayerStore({ area: storage, changes: storage.onChanged, bundled, onSaveError });
  const section = importExportSection(bundled, store);
  document.body.replaceChildren(section);
  const input = section.querySelector<HTMLInputElement>('#import-file')!;
  const status = section.querySelector<HTMLElement>('#import-status')!;
  /** Picks a file in the import control, as the user does, and waits for the verdict. */
  const importText = async (text: string): Promise<string> => {
    status.replaceChildren();
    // jsdom's File has no text(); Node's is the same web API.
    Object.defineProperty(input, 'files', { value: [new NodeFile([text], 'file.json', { type: 'application/json' })], configurable: true });
    input.dispatchEvent(new Event('change'));
    const verdict = () =>
      vi.waitFor(() => {
        const shown = status.textContent ?? '';
        const confirm = section.querySelector<HTMLButtonElement>('#import-confirm');
        if (!shown && !confirm) throw new Error('no verdict yet');
        return { shown, confirm };
      }, { interval: 1, timeout: 10_000 });
    const first = await verdict();
    if (first.shown || !first.confirm) return first.shown;
    // A valid file is previewed first and applied on confirm.
    first.confirm.click();
    return (await verdict()).shown;
  };
  return { store, setAside, importText };
}

describe('importing through the options page', () => {
  let storage: FakeLocalStorage;
  beforeEach(() => {
    storage = fakeLocalStorage({ [LOCAL.userLayer]: existingLayer(), [LOCAL.settings]: { version: 1, topics: ['interception'], jurisdictions: 'all' } });
  });

  it('stores a valid file (the control case)', async () => {
    const page = await optionsPage(storage);
    const before = storage.bytes();
    expect(await page.importText(fileText(baseRecords()))).toMatch(/^importDone\|3\|0\|0/);
    expect(storage.bytes()).not.toBe(before);
  });

  it('leaves storage byte for byte unchanged for every hostile file, and shows the record and field', async () => {
    const page = await optionsPage(storage);
    const before = storage.bytes();
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(hostileImport.filter((c) => c.text.length < 1_000_000), async (c) => {
        runs++;
        const shown = await page.importText(c.text);
        expect(shown, c.kind).toMatch(/^importRejected\n/);
        // Each problem line: "<record> <field>: <message>".
        expect(shown.split('\n')[1], c.kind).toMatch(/^\S.* \/.*: \S/);
        expect(storage.bytes(), c.kind).toBe(before);
        expect(storage.writes).toBe(0);
        expect(page.store.get()).toEqual(existingLayer());
      }),
      { numRuns: 1_000 },
    );
    console.log(`[fuzz] imports through the options page: ${runs}`);
  });
});

describe('a corrupted layer found by the options page', () => {
  const garbage = { version: 1, overrides: { 'app:mine': existingLayer().overrides['app:mine'], 'app:cut': { record: { kind: 'app', id: 'cut' } } } };

  it('is set aside, the usable rest is used, and the notice offers the stored value as it was', async () => {
    const storage = fakeLocalStorage({ [LOCAL.userLayer]: garbage });
    const page = await optionsPage(storage);
    expect(Object.keys(page.store.get().overrides)).toEqual(['app:mine']);
    const download = vi.fn();
    const remove = vi.fn(async () => storage.remove(LOCAL.userLayerSetAside));
    const confirm = vi.fn(() => false);
    const notice = setAsideNotice(page.setAside, { download, remove, confirm })!;
    document.body.append(notice);
    expect(notice.getAttribute('role')).toBe('alert');
    expect(notice.textContent).toContain('layerSetAside|app:cut');

    notice.querySelector<HTMLButtonElement>('#set-aside-download')!.click();
    expect(download).toHaveBeenCalledWith(setAsideFile(page.setAside), SET_ASIDE_FILE);
    const file = JSON.parse(download.mock.calls[0]![0] as string);
    expect(file.entries[0].value).toEqual(garbage);

    notice.querySelector<HTMLButtonElement>('#set-aside-delete')!.click();
    await Promise.resolve();
    expect(confirm).toHaveBeenCalledWith('layerSetAsideDeleteConfirm');
    expect(remove).not.toHaveBeenCalled();
    expect((await storage.get(LOCAL.userLayerSetAside))[LOCAL.userLayerSetAside]).toBeDefined();

    confirm.mockReturnValue(true);
    notice.querySelector<HTMLButtonElement>('#set-aside-delete')!.click();
    await vi.waitFor(() => expect(notice.isConnected).toBe(false));
    expect(remove).toHaveBeenCalledOnce();
    expect((await storage.get(LOCAL.userLayerSetAside))[LOCAL.userLayerSetAside]).toBeUndefined();
  });

  it('shows no notice when nothing was set aside', () => {
    expect(setAsideNotice([], { download: vi.fn(), remove: vi.fn(), confirm: vi.fn() })).toBeNull();
  });

  it('says "all of your saved changes" when the whole stored value was unusable', () => {
    const notice = setAsideNotice([{ setAsideAt: 'now', rejected: [WHOLE_LAYER], value: 'garbage' }], { download: vi.fn(), remove: vi.fn(), confirm: vi.fn() })!;
    expect(notice.textContent).toContain('layerSetAside|layerSetAsideWhole');
  });

  it('names at most ten keys', () => {
    const entries = [{ setAsideAt: 'now', rejected: Array.from({ length: 25 }, (_, i) => `app:a${i}`), value: 1 }];
    const notice = setAsideNotice(entries, { download: vi.fn(), remove: vi.fn(), confirm: vi.fn() })!;
    expect(notice.textContent).toContain('app:a9, …');
    expect(notice.textContent).not.toContain('app:a10');
  });
});

describe('a write that storage refuses (quota)', () => {
  it('changes neither storage nor the page, and says so', async () => {
    const storage = fakeLocalStorage({ [LOCAL.userLayer]: existingLayer() });
    const onSaveError = vi.fn();
    const page = await optionsPage(storage, onSaveError);
    const before = storage.bytes();
    storage.failWrites = new Error('QUOTA_BYTES quota exceeded');
    await expect(page.store.save({ version: 1, overrides: {} })).rejects.toBe(storage.failWrites);
    expect(onSaveError).toHaveBeenCalledWith(storage.failWrites);
    expect(storage.bytes()).toBe(before);
    expect(page.store.get()).toEqual(existingLayer());
  });
});
