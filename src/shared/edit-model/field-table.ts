// One description of every field of every record kind, from which the options page builds its form.
// It mirrors schema/dataset.schema.json; tests/unit/edit-model-fields.test.ts checks the two agree
// field for field (names, required, lists), so a schema change cannot leave the form behind.
import type { RecordKind } from '../dataset-types';
import { EVENT_KINDS, LAW_TOPICS, PLATFORMS, STORE_ID_TYPES } from '../dataset-types';

export type FieldKind = 'text' | 'longText' | 'integer' | 'number' | 'boolean' | 'enum' | 'ref' | 'strings' | 'object' | 'objects';

export interface FieldSpec {
  name: string;
  kind: FieldKind;
  required: boolean;
  /** enum: the allowed values; strings: allowed item values. */
  values?: readonly string[];
  /** ref: the kind of record the id points at; strings: the kind each item points at. */
  ref?: RecordKind;
  /** object / objects: the fields of the object (of each item). */
  fields?: FieldSpec[];
}

type Opt = { optional?: boolean };
const field = (name: string, kind: FieldKind, o: Opt & Partial<FieldSpec> = {}): FieldSpec => {
  const { optional, ...rest } = o;
  return { name, kind, required: !optional, ...rest };
};
const text = (name: string, o: Opt = {}) => field(name, 'text', o);
const long = (name: string, o: Opt = {}) => field(name, 'longText', o);
const ref = (name: string, kind: RecordKind, o: Opt = {}) => field(name, 'ref', { ...o, ref: kind });
const objects = (name: string, fields: FieldSpec[], o: Opt = {}) => field(name, 'objects', { ...o, fields });
const object = (name: string, fields: FieldSpec[], o: Opt = {}) => field(name, 'object', { ...o, fields });

const SOURCE_FIELDS = [text('url'), text('title'), text('publisher'), text('date')];
const sources = () => objects('sources', SOURCE_FIELDS);
const notes = () => objects('notes', [long('text'), sources()], { optional: true });
const names = () => field('names', 'strings', { optional: true });
const place = (name: string) => object(name, [ref('jurisdiction', 'jurisdiction'), text('city', { optional: true }), sources()]);
const regionalRef = (name: string, o: Opt = {}) => objects(name, [ref('entity', 'entity'), text('region'), sources()], o);

export const RECORD_FIELDS: Record<RecordKind, FieldSpec[]> = {
  app: [
    text('id'),
    text('name'),
    names(),
    objects('stores', [field('type', 'enum', { values: STORE_ID_TYPES }), text('id'), text('note', { optional: true }), sources()]),
    regionalRef('publishers'),
    objects('related', [ref('app', 'app'), field('relation', 'enum', { values: ['regional-variant', 'lite-version', 'same-publisher'] }), sources()], { optional: true }),
    objects('permissionNotes', [field('platform', 'enum', { values: PLATFORMS }), text('permission'), long('note'), sources()], { optional: true }),
    objects(
      'events',
      [text('date'), field('kind', 'enum', { values: EVENT_KINDS }), ref('jurisdiction', 'jurisdiction', { optional: true }), long('summary'), field('disputed', 'boolean', { optional: true }), sources()],
      { optional: true },
    ),
    text('lastReviewed'),
  ],
  entity: [
    text('id'),
    text('legalName'),
    names(),
    place('domicile'),
    place('headquarters'),
    object('parent', [ref('entity', 'entity'), sources()], { optional: true }),
    regionalRef('dataControllers', { optional: true }),
    objects('dataLocations', [field('jurisdictions', 'strings', { ref: 'jurisdiction' }), long('note'), sources()], { optional: true }),
    notes(),
    text('lastReviewed'),
  ],
  jurisdiction: [
    text('id'),
    text('name'),
    field('memberOf', 'strings', { optional: true, ref: 'jurisdiction' }),
    objects('laws', [text('id'), text('name'), field('year', 'integer'), field('topics', 'strings', { values: LAW_TOPICS }), long('summary'), sources()]),
    notes(),
    objects('scores', [text('index'), field('year', 'integer'), field('score', 'number'), field('max', 'number'), text('status', { optional: true }), sources()], { optional: true }),
    text('lastReviewed'),
  ],
  glossary: [text('id'), text('title'), objects('entries', [text('key'), text('label'), long('meaning'), sources()]), text('lastReviewed')],
};

/** The field a JSON pointer path lands on (following list indexes), or undefined. */
export function fieldAt(kind: RecordKind, path: readonly (string | number)[]): FieldSpec | undefined {
  let fields: FieldSpec[] | undefined = RECORD_FIELDS[kind];
  let found: FieldSpec | undefined;
  for (const step of path) {
    if (typeof step === 'number' || /^\d+$/.test(step)) {
      if (!found || (found.kind !== 'objects' && found.kind !== 'strings')) return undefined;
      continue;
    }
    found = fields?.find((f) => f.name === step);
    if (!found) return undefined;
    fields = found.fields;
  }
  return found;
}

/** What "Add" puts in a list: an object with its required parts present but empty (so that the form
 *  shows them and validation names what is missing), or an empty item of a list of strings. */
export function emptyItem(spec: FieldSpec): unknown {
  if (spec.kind === 'strings') return spec.values ? spec.values[0] : '';
  const entries = (spec.fields ?? []).filter((f) => f.required).map((f) => [f.name, emptyField(f)] as const);
  return Object.fromEntries(entries.filter(([, v]) => v !== undefined));
}

/** The starting value of a required field; undefined for numbers, which have no empty form. */
export function emptyField(spec: FieldSpec): unknown {
  switch (spec.kind) {
    case 'objects':
      // A statement needs a source: start with one to fill in.
      return spec.name === 'sources' ? [emptyItem(spec)] : [];
    case 'object':
      return emptyItem(spec);
    case 'strings':
      return [];
    case 'enum':
      return spec.values![0];
    case 'integer':
    case 'number':
    case 'boolean':
      return undefined;
    default:
      return '';
  }
}
