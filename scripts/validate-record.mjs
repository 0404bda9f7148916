// Quick check of single dataset files while editing: schema + canonical formatting.
// The full check (references, cycles, uniqueness) is `npm run dataset:check`.
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';

const schema = JSON.parse(readFileSync(new URL('../schema/dataset.schema.json', import.meta.url), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);
let failed = 0;
for (const file of process.argv.slice(2)) {
  const text = readFileSync(file, 'utf8');
  let record;
  try {
    record = JSON.parse(text);
  } catch (error) {
    console.log(`${file}: not JSON: ${error.message}`);
    failed++;
    continue;
  }
  const problems = [];
  if (!validate(record)) {
    for (const e of validate.errors) if (e.keyword !== 'if') problems.push(`${e.instancePath || '/'} ${e.message}`);
  }
  if (JSON.stringify(record, null, 2) + '\n' !== text) problems.push('not in canonical format: JSON.stringify(record, null, 2) + "\\n"');
  console.log(problems.length ? `${file}:\n  ${problems.join('\n  ')}` : `${file}: ok`);
  if (problems.length) failed++;
}
process.exit(failed ? 1 : 0);
