// A throwaway self-signed certificate for the store hosts, made with the system's openssl at run time.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

export interface Certificate {
  key: string;
  cert: string;
}

const run = promisify(execFile);

/** A P-256 key and a two-day certificate whose names cover every host in `hosts`, plus loopback. */
export async function makeSelfSignedCertificate(hosts: readonly string[]): Promise<Certificate> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'jl-e2e-cert-'));
  const names = [...hosts, 'localhost'].map((h) => `DNS:${h}`).concat('IP:127.0.0.1').join(',');
  try {
    await run('openssl', [
      'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
      '-keyout', path.join(dir, 'key.pem'), '-out', path.join(dir, 'cert.pem'),
      '-days', '2', '-subj', '/CN=Jurisdiction Lens e2e', '-addext', `subjectAltName=${names}`,
    ]);
    const [key, cert] = await Promise.all([
      readFile(path.join(dir, 'key.pem'), 'utf8'),
      readFile(path.join(dir, 'cert.pem'), 'utf8'),
    ]);
    return { key, cert };
  } catch (error) {
    throw new Error(`openssl could not make the test certificate (is it installed?): ${String(error)}`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
