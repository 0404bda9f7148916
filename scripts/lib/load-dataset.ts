// Reads the one-file-per-record dataset from src/data and checks it: schema, canonical formatting,
// file name = id, and the rules between records (see src/shared/dataset-rules.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Problem } from '../../src/shared/dataset-rules';
import { crossRecordProblems, schemaProblems } from '../../src/shared/dataset-rules';
import type { DatasetRecord, RecordKind } from '../../src/shared/dataset-types';

export const DATA_DIR = new URL('../../src/data/', import.meta.url).pathname;
const FOLDERS: Record<string, RecordKind> = { jurisdictions: 'jurisdiction', entities: 'entity', apps: 'app', glossaries: 'glossary' };

export interface FileProblem extends Problem {
  file: string;
}

export interface LoadedDataset {
  records: DatasetRecord[];
  files: Map<string, string>;
  problems: FileProblem[];
}

/** Canonical form: two-space JSON with a final newline, keys in the order written. */
export const canonical = (record: unknown): string => `${JSON.stringify(record, null, 2)}\n`;

export function loadDataset(dir = DATA_DIR): LoadedDataset {
  const records: DatasetRecord[] = [];
  const files = new Map<string, string>();
  const problems: FileProblem[] = [];
  for (const [folder, kind] of Object.entries(FOLDERS)) {
    for (const name of readdirSync(join(dir, folder)).filter((n) => n.endsWith('.json')).sort()) {
      const path = join(dir, folder, name);
      const file = relative(process.cwd(), path);
      const record = readRecord(path, file, kind, problems);
      if (record) {
        records.push(record);
        files.set(`${record.kind}:${record.id}`, file);
      }
    }
  }
  for (const p of crossRecordProblems(records)) problems.push({ ...p, file: files.get(p.record) ?? '?' });
  return { records, files, problems };
}

function readRecord(path: string, file: string, kind: RecordKind, problems: FileProblem[]): DatasetRecord | null {
  const text = readFileSync(path, 'utf8');
  const fail = (field: string, message: string) => problems.push({ file, record: file, field, message });
  let record: DatasetRecord;
  try {
    record = JSON.parse(text) as DatasetRecord;
  } catch (error) {
    fail('/', `not valid JSON: ${(error as Error).message}`);
    return null;
  }
  const schema = schemaProblems(record);
  if (schema.length) {
    problems.push(...schema.map((p) => ({ ...p, file })));
    return null;
  }
  if (record.kind !== kind) fail('/kind', `a ${record.kind} record in the folder for ${kind} records`);
  if (`${record.id}.json` !== path.split('/').pop()) fail('/id', `file name must be ${record.id}.json`);
  if (canonical(record) !== text) fail('/', 'not in canonical format (run npm run dataset:format)');
  return record;
}
