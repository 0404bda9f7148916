// npm run dataset:check — validates every record in src/data and reports problems with file and field.
import { loadDataset } from './lib/load-dataset';

const STALE_MS = 365 * 24 * 3600 * 1000;
const { records, files, problems } = loadDataset();

for (const p of problems) console.log(`✗ ${p.file} ${p.field}: ${p.message}`);

const stale = records.filter((r) => Date.now() - Date.parse(r.lastReviewed) > STALE_MS);
for (const r of stale) console.log(`! ${files.get(`${r.kind}:${r.id}`)}: last reviewed ${r.lastReviewed}, more than 12 months ago`);

const count = (kind: string) => records.filter((r) => r.kind === kind).length;
console.log(
  `dataset: ${count('jurisdiction')} jurisdictions, ${count('entity')} entities, ${count('app')} apps, ${count('glossary')} glossaries; ` +
    `${problems.length} problems, ${stale.length} stale`,
);
process.exit(problems.length ? 1 : 0);
