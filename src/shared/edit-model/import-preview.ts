// What an import would do, before it does it: which records it adds, which it changes, and which the
// user had already changed here and the file changes differently (conflicts). Applying is all or nothing
// and recomputed against the layer as it is at that moment.
import type { CompiledDataset } from '../compiled-dataset';
import type { Problem } from '../dataset-rules';
import { importLayer } from '../user-edits';
import type { UserLayer, UserOverride } from '../user-layer';
import { withBase } from './base-drift';
import { sameContent } from './fingerprint';

export interface ImportPreview {
  ok: true;
  layer: UserLayer;
  added: string[];
  changed: string[];
  hidden: string[];
  /** Records the user changed locally that the file changes differently; the file's version wins. */
  conflicting: string[];
  /** Records the file holds exactly as the user already has them. */
  unchanged: string[];
}

const content = (o: UserOverride | undefined) => (o ? { record: o.record, hidden: o.hidden === true } : undefined);

export function previewImport(bundled: CompiledDataset, layer: UserLayer, text: string): ImportPreview | { ok: false; problems: Problem[] } {
  const result = importLayer(bundled, layer, text);
  if (!result.ok) return result;
  const preview: ImportPreview = { ok: true, layer: result.layer, added: [], changed: [], hidden: [], conflicting: [], unchanged: [] };
  const incoming = [...result.summary.added, ...result.summary.changed, ...result.summary.hidden];
  for (const key of incoming) {
    const mine = layer.overrides[key];
    const theirs = result.layer.overrides[key];
    if (mine && sameContent(content(mine), content(theirs))) {
      preview.unchanged.push(key);
      result.layer.overrides[key] = mine;
    } else if (mine) preview.conflicting.push(key);
    else if (theirs?.hidden) preview.hidden.push(key);
    else if (bundled.records[key]) preview.changed.push(key);
    else preview.added.push(key);
    // A file without fingerprints (older, or written by hand): its edits count as made against the
    // bundled records this extension has. A file with them keeps them, so a stale base shows up.
    if (theirs && !theirs.basedOn && !preview.unchanged.includes(key)) result.layer.overrides[key] = withBase(bundled, key, theirs);
  }
  return preview;
}
