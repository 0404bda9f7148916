// Google Play bootstraps its pages with calls such as
//   AF_initDataCallback({key: 'ds:5', hash: '9', data:[…], sideChannel: {}});            (2021 →)
//   AF_initDataCallback({key: 'ds:5', isError:  false , hash: '8', data:function(){return […]}});  (2019)
// The data is a JSON literal. We find where it starts, scan to its matching bracket and JSON.parse
// that slice. Nothing is ever evaluated: the page is untrusted and a content script must not run it.

export interface AfDataset {
  key: string;
  data: unknown;
}

const CALL = 'AF_initDataCallback(';
// Generous, but bounded: a real page has about 20 datasets in about 1 MB of script.
const MAX_DATASETS = 100;
const MAX_SCRIPT_CHARS = 10_000_000;
const HEADER_CHARS = 300;
const KEY = /^\s*\{\s*key\s*:\s*(['"])([^'"\\]{1,64})\1/;
const ERROR_FLAG = /isError\s*:\s*true/;
const DATA_START = /\bdata\s*:\s*(?:function\s*\(\s*\)\s*\{\s*return\s+)?/;

/** Every dataset in the document's inline scripts, in document order. */
export function readAfDatasets(doc: Document): AfDataset[] {
  const datasets: AfDataset[] = [];
  for (const script of Array.from(doc.querySelectorAll('script'))) {
    const text = script.textContent ?? '';
    if (text.length > MAX_SCRIPT_CHARS || !text.includes(CALL)) continue;
    datasets.push(...parseAfInitData(text, MAX_DATASETS - datasets.length));
    if (datasets.length >= MAX_DATASETS) break;
  }
  return datasets;
}

/** The datasets in one script's text. Malformed calls are skipped, never thrown. */
export function parseAfInitData(text: string, limit = MAX_DATASETS): AfDataset[] {
  const datasets: AfDataset[] = [];
  let from = 0;
  while (datasets.length < limit) {
    const start = text.indexOf(CALL, from);
    if (start < 0) break;
    const { dataset, end } = parseCall(text, start + CALL.length);
    if (dataset) datasets.push(dataset);
    from = Math.max(end, start + CALL.length);
  }
  return datasets;
}

function parseCall(text: string, argsStart: number): { dataset: AfDataset | null; end: number } {
  const header = text.slice(argsStart, argsStart + HEADER_CHARS);
  const key = KEY.exec(header)?.[2];
  const data = DATA_START.exec(header);
  if (!key || !data) return { dataset: null, end: argsStart };
  // An error dataset ({isError: true, data:["er"]}) carries nothing about the app.
  if (ERROR_FLAG.test(header.slice(0, data.index))) return { dataset: null, end: argsStart };
  const valueStart = argsStart + data.index + data[0].length;
  const valueEnd = findJsonEnd(text, valueStart);
  if (valueEnd < 0) return { dataset: null, end: argsStart };
  try {
    return { dataset: { key, data: JSON.parse(text.slice(valueStart, valueEnd)) as unknown }, end: valueEnd };
  } catch {
    return { dataset: null, end: valueEnd };
  }
}

/** Index just past the array or object that starts at `start`, or -1 if it does not close. */
export function findJsonEnd(text: string, start: number): number {
  const first = text[start];
  if (first !== '[' && first !== '{') return -1;
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '[' || c === '{') depth++;
    else if ((c === ']' || c === '}') && --depth === 0) return i + 1;
  }
  return -1;
}
