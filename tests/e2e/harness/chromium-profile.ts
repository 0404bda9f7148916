// Chromium on a profile that outlives the browser, so that a test can close the browser and start it
// again with the same extension storage: the extension is then loaded afresh from disk (new service
// worker, storage.session empty, content scripts injected anew) with the user's edits still in
// storage.local. chromium.ts gives every run a fresh profile; this is for restart tests only.
import { cp, mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { shutDown } from './browser-process';
import { chromiumArgs } from './chromium';
import type { ExtensionHandle } from './extension-control';
import { CHROMIUM_PATH, extensionDir } from './paths';
import { waitFor } from './wait-for';

export interface ProfileRun extends ExtensionHandle {
  close(): Promise<void>;
}

export interface KeptProfile {
  /** Starts Chromium on the kept profile, with the kept copy of the extension. */
  launch(serverPort: number): Promise<ProfileRun>;
  /** Removes the profile and the extension copy. */
  remove(): Promise<void>;
}

export async function keptProfile(): Promise<KeptProfile> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'jl-e2e-kept-'));
  const extension = path.join(dir, 'extension');
  const profile = path.join(dir, 'profile');
  // A copy, so that a rebuild of dist/ while the suite runs cannot change the extension between runs.
  await cp(extensionDir('chrome'), extension, { recursive: true });
  let runs = 0;
  return {
    async launch(serverPort) {
      const runDir = path.join(dir, `run-${++runs}`); // what shutDown removes; the profile stays
      await mkdir(runDir);
      const browser = await puppeteer.launch({
        executablePath: CHROMIUM_PATH,
        browser: 'chrome',
        headless: true,
        pipe: true,
        enableExtensions: [extension],
        userDataDir: profile,
        args: chromiumArgs(serverPort),
      });
      const extensionId = await idOf(browser, extension).catch(async (error: unknown) => {
        await shutDown(browser, runDir);
        throw error;
      });
      return { browser, extensionId, close: () => shutDown(browser, runDir) };
    },
    remove: () => rm(dir, { recursive: true, force: true, maxRetries: 3 }),
  };
}

async function idOf(browser: Browser, extension: string): Promise<string> {
  const installed = await waitFor(() => browser.extensions(), (map) => map.size > 0, { what: 'the extension to load' });
  const mine = [...installed.values()].find((e) => path.resolve(e.path) === path.resolve(extension));
  if (!mine) throw new Error(`Extension from ${extension} not among ${[...installed.keys()].join(', ')}`);
  return mine.id;
}
