// npm run dataset:format — rewrites every dataset file in its canonical form (content unchanged).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { canonical, DATA_DIR } from './lib/load-dataset';

for (const folder of readdirSync(DATA_DIR)) {
  for (const name of readdirSync(join(DATA_DIR, folder)).filter((n) => n.endsWith('.json'))) {
    const path = join(DATA_DIR, folder, name);
    const text = readFileSync(path, 'utf8');
    const formatted = canonical(JSON.parse(text));
    if (formatted !== text) {
      writeFileSync(path, formatted);
      console.log('formatted', path);
    }
  }
}
