/**
 * The sidecar file format: a W3C Web Annotation collection (JSON-LD), one per paper.
 *
 * {
 *   "@context": "http://www.w3.org/ns/anno.jsonld",
 *   "id": "#annotations", "type": "AnnotationCollection", "label": …, "total": n,
 *   "first": { "id": "#page-1", "type": "AnnotationPage", "startIndex": 0, "items": [Annotation…] }
 * }
 *
 * Each Annotation has a TextualBody for the note (purpose "commenting"), one TextualBody per tag
 * (purpose "tagging") and a target with a TextQuoteSelector and a TextPositionSelector. Whatever else
 * a stored annotation carries is kept in `Annotation.original` and written back unchanged.
 */
import { JsonPath, layoutOfJson } from './jsonLocation';
import { lineColumnLookup } from './lineColumn';
import { Annotation, JsonObject, JsonValue, TextPosition, TextQuote } from './model';
import { MalformedStoreError } from './storeErrors';

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

export interface StoreDocument {
  annotations: Annotation[];
  /** The collection object as read, so that properties this library does not set survive a rewrite. */
  collection: JsonObject | null;
}

/** What the sidecar says about the paper it annotates. */
export interface PaperDescription {
  /** Shown as the collection's label ("Annotations on corpus/paper.md"). */
  relativePath: string;
  /** The paper's IRI relative to the sidecar file ("../corpus/paper.md"), used as each target's source. */
  sourceIri: string;
}

class SchemaProblem extends Error {
  constructor(
    readonly path: JsonPath,
    message: string,
  ) {
    super(message);
  }
}

// ---------------------------------------------------------------------------------------------
// Reading

/** Parses and validates a sidecar's text; throws MalformedStoreError naming `file`, line and column. */
export function parseStore(text: string, file: string): StoreDocument {
  const json = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const bomLength = text.length - json.length;
  const at = (offset: number, problem: string) => {
    const { line, column } = lineColumnLookup(text)(offset + bomLength);
    return new MalformedStoreError(file, line, column, problem);
  };
  let root: JsonValue;
  try {
    root = JSON.parse(json) as JsonValue;
  } catch (error) {
    const layout = layoutOfJson(json);
    if (layout.kind === 'invalid') throw at(layout.offset, `invalid JSON: ${layout.problem}`);
    throw at(0, `invalid JSON: ${(error as Error).message}`);
  }
  try {
    return readCollection(root);
  } catch (error) {
    if (!(error instanceof SchemaProblem)) throw error;
    const layout = layoutOfJson(json);
    throw at(layout.kind === 'valid' ? layout.offsetOf(error.path) : 0, error.message);
  }
}

function isObject(value: JsonValue | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asList(value: JsonValue | undefined): JsonValue[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

function hasType(value: JsonObject, type: string): boolean {
  return asList(value.type).includes(type);
}

function hasPurpose(value: JsonObject, purpose: string): boolean {
  return asList(value.purpose).includes(purpose);
}

function describe(value: JsonValue | undefined): string {
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'an array';
  return value === null ? 'null' : typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

function readCollection(root: JsonValue): StoreDocument {
  if (!isObject(root)) throw new SchemaProblem([], `expected an AnnotationCollection object, found ${describe(root)}`);
  let items: JsonValue | undefined;
  let itemsPath: JsonPath;
  if (hasType(root, 'AnnotationCollection')) {
    if (root.first === undefined) return { annotations: [], collection: root };
    if (!isObject(root.first)) {
      throw new SchemaProblem(['first'], 'expected the first AnnotationPage embedded as an object (pages stored elsewhere are not supported)');
    }
    items = root.first.items;
    itemsPath = ['first', 'items'];
  } else if (hasType(root, 'AnnotationPage')) {
    items = root.items;
    itemsPath = ['items'];
  } else {
    throw new SchemaProblem(['type'], 'expected "type": "AnnotationCollection" at the top level');
  }
  if (items === undefined) items = [];
  if (!Array.isArray(items)) throw new SchemaProblem(itemsPath, `expected "items" to be an array of annotations, found ${describe(items)}`);

  const seen = new Set<string>();
  const annotations = items.map((item, index) => {
    const annotation = readAnnotation(item, [...itemsPath, index]);
    if (seen.has(annotation.id)) throw new SchemaProblem([...itemsPath, index, 'id'], `annotation id ${annotation.id} appears more than once`);
    seen.add(annotation.id);
    return annotation;
  });
  return { annotations, collection: hasType(root, 'AnnotationCollection') ? root : null };
}

function readAnnotation(item: JsonValue, path: JsonPath): Annotation {
  if (!isObject(item) || !hasType(item, 'Annotation')) {
    throw new SchemaProblem(path, 'expected an object with "type": "Annotation"');
  }
  if (typeof item.id !== 'string' || item.id === '') {
    throw new SchemaProblem([...path, 'id'], 'the annotation has no "id" (a unique IRI such as "urn:uuid:…")');
  }
  const timestamp = (key: 'created' | 'modified'): string | null => {
    const value = item[key];
    if (value === undefined) return null;
    if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) {
      throw new SchemaProblem([...path, key], `expected "${key}" to be an ISO 8601 date-time string`);
    }
    return value;
  };
  const bodies = classifyBodies(item.body, [...path, 'body']);
  const note = bodies.note ? (bodies.note.value as string) : typeof item.bodyValue === 'string' ? item.bodyValue : '';
  const { quote, position } = readTarget(item.target, [...path, 'target']);
  return {
    id: item.id,
    created: timestamp('created'),
    modified: timestamp('modified'),
    note,
    tags: bodies.tags.map((tag) => tag.value as string),
    quote,
    position,
    original: item,
  };
}

interface ClassifiedBodies {
  note: JsonObject | null;
  tags: JsonObject[];
  others: JsonValue[];
}

function isTextualBody(value: JsonValue): value is JsonObject {
  return isObject(value) && hasType(value, 'TextualBody');
}

function classifyBodies(body: JsonValue | undefined, path: JsonPath): ClassifiedBodies {
  const result: ClassifiedBodies = { note: null, tags: [], others: [] };
  asList(body).forEach((item, index) => {
    if (isTextualBody(item) && typeof item.value !== 'string') {
      throw new SchemaProblem(Array.isArray(body) ? [...path, index, 'value'] : [...path, 'value'], 'a TextualBody needs a string "value"');
    }
    if (isTextualBody(item) && hasPurpose(item, 'tagging')) result.tags.push(item);
    else if (isTextualBody(item) && !result.note && (item.purpose === undefined || hasPurpose(item, 'commenting'))) result.note = item;
    else result.others.push(item);
  });
  return result;
}

function readTarget(target: JsonValue | undefined, path: JsonPath): { quote: TextQuote; position: TextPosition | null } {
  if (Array.isArray(target) && target.length === 1) return readTarget(target[0], [...path, 0]);
  if (!isObject(target)) {
    throw new SchemaProblem(path, `expected the target to be one object with selectors, found ${describe(target)}`);
  }
  const selectors = asList(target.selector);
  const selectorPath = (index: number): JsonPath => (Array.isArray(target.selector) ? [...path, 'selector', index] : [...path, 'selector']);
  const quoteIndex = selectors.findIndex((s) => isObject(s) && hasType(s, 'TextQuoteSelector'));
  if (quoteIndex < 0) throw new SchemaProblem(path, 'the target has no TextQuoteSelector');
  const quoteSelector = selectors[quoteIndex] as JsonObject;
  if (typeof quoteSelector.exact !== 'string' || quoteSelector.exact === '') {
    throw new SchemaProblem([...selectorPath(quoteIndex), 'exact'], 'the TextQuoteSelector needs a non-empty "exact" string');
  }
  for (const key of ['prefix', 'suffix'] as const) {
    if (quoteSelector[key] !== undefined && typeof quoteSelector[key] !== 'string') {
      throw new SchemaProblem([...selectorPath(quoteIndex), key], `the TextQuoteSelector's "${key}" must be a string`);
    }
  }
  const quote: TextQuote = {
    exact: quoteSelector.exact,
    prefix: (quoteSelector.prefix as string | undefined) ?? '',
    suffix: (quoteSelector.suffix as string | undefined) ?? '',
  };
  const positionIndex = selectors.findIndex((s) => isObject(s) && hasType(s, 'TextPositionSelector'));
  if (positionIndex < 0) return { quote, position: null };
  const { start, end } = selectors[positionIndex] as JsonObject;
  const isOffset = (n: JsonValue | undefined): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0;
  if (!isOffset(start) || !isOffset(end) || end < start) {
    throw new SchemaProblem(selectorPath(positionIndex), 'the TextPositionSelector needs integer "start" and "end" with 0 ≤ start ≤ end');
  }
  return { quote, position: { start, end } };
}

// ---------------------------------------------------------------------------------------------
// Writing

/** The sidecar text for `annotations`, indented and with one stable key order so that diffs stay small. */
export function serialiseStore(annotations: Annotation[], paper: PaperDescription, collection: JsonObject | null): string {
  const items = annotations.map((annotation) => annotationToJson(annotation, paper.sourceIri));
  const page = isObject(collection?.first) ? collection.first : null;
  const document = ownKeysFirst(
    {
      '@context': collection?.['@context'] ?? ANNOTATION_CONTEXT,
      id: collection?.id ?? '#annotations',
      type: 'AnnotationCollection',
      label: collection?.label ?? `Annotations on ${paper.relativePath}`,
      total: items.length,
      first: ownKeysFirst({ id: page?.id ?? '#page-1', type: 'AnnotationPage', startIndex: 0, items }, page),
    },
    collection,
  );
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** `own`, followed by the properties of `original` that are neither in `own` nor among `alsoOwned`. */
function ownKeysFirst(own: JsonObject, original: JsonObject | null | undefined, alsoOwned: string[] = []): JsonObject {
  const result: JsonObject = { ...own };
  for (const [key, value] of Object.entries(original ?? {})) {
    if (!(key in own) && !alsoOwned.includes(key)) result[key] = value;
  }
  return result;
}

/**
 * Properties an annotation's JSON takes from the Annotation alone, even when the Annotation leaves
 * them out; "bodyValue" among them because the note it held is written as a TextualBody.
 */
const ANNOTATION_KEYS = ['created', 'modified', 'body', 'target', 'bodyValue'];

const COMPUTED_MOTIVATIONS = ['commenting', 'tagging', 'highlighting'];

function motivationOf(annotation: Annotation): JsonValue {
  const stored = annotation.original?.motivation;
  if (stored !== undefined && !(typeof stored === 'string' && COMPUTED_MOTIVATIONS.includes(stored))) return stored;
  return annotation.note ? 'commenting' : annotation.tags.length ? 'tagging' : 'highlighting';
}

function annotationToJson(annotation: Annotation, sourceIri: string): JsonObject {
  const original = annotation.original ?? {};
  const own: JsonObject = { id: annotation.id, type: original.type ?? 'Annotation', motivation: motivationOf(annotation) };
  if (annotation.created !== null) own.created = annotation.created;
  if (annotation.modified !== null) own.modified = annotation.modified;
  const body = bodiesToJson(annotation, original.body);
  if (body.length > 0) own.body = body;
  own.target = targetToJson(annotation, original.target, sourceIri);
  return ownKeysFirst(own, original, ANNOTATION_KEYS);
}

function bodiesToJson(annotation: Annotation, originalBody: JsonValue | undefined): JsonValue[] {
  const original = classifyBodies(originalBody, []);
  const bodies: JsonValue[] = [];
  if (annotation.note) {
    bodies.push(
      ownKeysFirst(
        { type: 'TextualBody', value: annotation.note, format: original.note?.format ?? 'text/plain', purpose: original.note?.purpose ?? 'commenting' },
        original.note,
      ),
    );
  }
  for (const tag of annotation.tags) {
    const kept = original.tags.find((body) => body.value === tag);
    bodies.push(ownKeysFirst({ type: 'TextualBody', value: tag, purpose: 'tagging' }, kept));
  }
  return [...bodies, ...original.others];
}

function targetToJson(annotation: Annotation, originalTarget: JsonValue | undefined, sourceIri: string): JsonObject {
  const target = Array.isArray(originalTarget) ? originalTarget[0] : originalTarget;
  const original = isObject(target) ? target : {};
  const selectors = asList(original.selector);
  const originalOfType = (type: string) => selectors.find((s): s is JsonObject => isObject(s) && hasType(s, type));
  const { exact, prefix, suffix } = annotation.quote;
  const own: JsonValue[] = [ownKeysFirst({ type: 'TextQuoteSelector', exact, prefix, suffix }, originalOfType('TextQuoteSelector'))];
  if (annotation.position) {
    const { start, end } = annotation.position;
    own.push(ownKeysFirst({ type: 'TextPositionSelector', start, end }, originalOfType('TextPositionSelector')));
  }
  const { pdf } = annotation;
  // A PDF passage's page, as a fragment of the PDF (RFC 3778), and the PDF as pdf.js and Hypothesis name it.
  if (pdf) own.push({ type: 'FragmentSelector', conformsTo: 'http://tools.ietf.org/rfc/rfc3778', value: `page=${pdf.page}` });
  const replaced = (s: JsonObject) => hasType(s, 'TextQuoteSelector') || hasType(s, 'TextPositionSelector') || (!!pdf && hasType(s, 'FragmentSelector'));
  const others = selectors.filter((s) => !(isObject(s) && replaced(s)));
  const written: JsonObject = { source: original.source ?? sourceIri, selector: [...own, ...others] };
  if (pdf) written.scope = `urn:x-pdf:${pdf.fingerprint}`;
  return ownKeysFirst(written, original);
}
