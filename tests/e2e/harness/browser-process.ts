// Closing a launched browser for sure: polite close first, then kill what is left of its process group,
// then remove its run directory (profile, extension copy).
import { rm } from 'node:fs/promises';
import type { Browser } from 'puppeteer-core';
import { waitFor, withTimeout } from './wait-for';

/** Ends `browser` and every process it started; removes `runDir`. Never throws. */
export async function shutDown(browser: Browser | undefined, runDir: string): Promise<void> {
  const pid = browser?.process()?.pid;
  if (browser) {
    await withTimeout(browser.close(), 15_000, 'browser.close()').catch((error: unknown) => {
      console.warn(`[e2e] ${String(error)}; killing the browser's process group`);
    });
  }
  // puppeteer starts the browser detached, so it leads its own process group (group id = its pid).
  // Helper processes (zygote, GPU/utility, content processes) may outlive the main one for a moment:
  // give them a short grace, then kill whatever of that group is left, by its id.
  if (pid !== undefined) {
    await waitFor(async () => groupAlive(pid), (alive) => !alive, {
      what: `process group ${pid} to exit`,
      timeoutMs: 2_000,
    }).catch(() => killGroup(pid));
  }
  await rm(runDir, { recursive: true, force: true, maxRetries: 3 }).catch(() => undefined);
}

function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false; // ESRCH: no process left in the group.
  }
}

function killGroup(pgid: number): void {
  try {
    process.kill(-pgid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}
