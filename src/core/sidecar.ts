// The standoff sidecar (`NAME.txt.annotations.json`): versioned format, strict parsing with
// messages that say what is wrong, and a three-way merge so two writers lose nothing.
import { Target } from './anchoring';
import { CORRECTION_KINDS, Correction, ENTITY_TYPES, supersededBy } from './corrections';

export const SIDECAR_VERSION = 1;

/** A reverted correction; kept so a merge with an older copy does not bring it back. */
export interface Tombstone {
  id: string;
  deleted: string;
}

export interface Sidecar {
  version: typeof SIDECAR_VERSION;
  /** File name of the annotated document, e.g. `000_939248764b6c96bf.txt`. */
  document: string;
  corrections: Correction[];
  deleted: Tombstone[];
}

export type SidecarParse = { ok: true; sidecar: Sidecar } | { ok: false; error: string };

export function emptySidecar(document: string): Sidecar {
  return { version: SIDECAR_VERSION, document, corrections: [], deleted: [] };
}

export function serializeSidecar(sidecar: Sidecar): string {
  return `${JSON.stringify(sidecar, null, 2)}\n`;
}

export function parseSidecar(json: string): SidecarParse {
  if (json.trim() === '') return { ok: false, error: 'the file is empty (an interrupted write?)' };
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    const message = (error as Error).message;
    const position = Number(/at position (\d+)/.exec(message)?.[1] ?? NaN);
    const stopsEarly = /end of (JSON )?input|Unterminated string/i.test(message) || position >= json.trimEnd().length;
    return stopsEarly
      ? { ok: false, error: `the file is truncated: the JSON stops before it is complete (an interrupted write?) — ${message}` }
      : { ok: false, error: `the file is not valid JSON — ${message}` };
  }
  try {
    return { ok: true, sidecar: readSidecar(data) };
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
}

/** Adds a correction to the sidecar of `text`, reverting the older ones it replaces. */
export function withCorrection(sidecar: Sidecar, text: string, correction: Correction): Sidecar {
  const replaced = supersededBy(text, sidecar.corrections, correction);
  return { ...withoutCorrections(sidecar, replaced), corrections: [...sidecar.corrections.filter((c) => !replaced.includes(c.id)), correction] };
}

/** Reverts corrections: they leave the list and get a tombstone, so merges do not bring them back. */
export function withoutCorrections(sidecar: Sidecar, ids: readonly string[], now = new Date().toISOString()): Sidecar {
  const removed = sidecar.corrections.filter((c) => ids.includes(c.id));
  return {
    ...sidecar,
    corrections: sidecar.corrections.filter((c) => !ids.includes(c.id)),
    deleted: [...sidecar.deleted, ...removed.map((c) => ({ id: c.id, deleted: now }))],
  };
}

/** Union by correction id; whatever either side (or the base, by omission) deleted stays deleted. */
export function mergeSidecars(base: Sidecar | null, mine: Sidecar, theirs: Sidecar): Sidecar {
  const deleted = new Map<string, Tombstone>();
  for (const tombstone of [...mine.deleted, ...theirs.deleted]) {
    const known = deleted.get(tombstone.id);
    if (!known || tombstone.deleted < known.deleted) deleted.set(tombstone.id, tombstone);
  }
  const now = new Date().toISOString();
  const mineIds = new Set(mine.corrections.map((c) => c.id));
  const theirIds = new Set(theirs.corrections.map((c) => c.id));
  for (const correction of base?.corrections ?? []) {
    const dropped = !mineIds.has(correction.id) || !theirIds.has(correction.id);
    if (dropped && !deleted.has(correction.id)) deleted.set(correction.id, { id: correction.id, deleted: now });
  }
  const corrections = new Map<string, Correction>();
  for (const correction of [...theirs.corrections, ...mine.corrections]) {
    if (!deleted.has(correction.id)) corrections.set(correction.id, correction);
  }
  return {
    version: SIDECAR_VERSION,
    document: mine.document,
    corrections: [...corrections.values()].sort((a, b) => a.created.localeCompare(b.created) || a.id.localeCompare(b.id)),
    deleted: [...deleted.values()].sort((a, b) => a.id.localeCompare(b.id)),
  };
}

// ---- validation: each reader throws an Error whose message names the offending field ----

type Json = Record<string, unknown>;

function readSidecar(data: unknown): Sidecar {
  const root = object(data, 'the top level');
  if (!('version' in root)) throw new Error('the "version" field is missing');
  const version = root.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new Error(`unknown version ${JSON.stringify(version)}; expected ${SIDECAR_VERSION}`);
  }
  if (version > SIDECAR_VERSION) {
    throw new Error(`version ${version} is newer than this Source Lens understands (${SIDECAR_VERSION}); update the extension`);
  }
  return {
    version: SIDECAR_VERSION,
    document: string(root.document, '"document"'),
    corrections: array(root.corrections, '"corrections"').map((c, i) => readCorrection(c, `corrections[${i}]`)),
    deleted: array(root.deleted ?? [], '"deleted"').map((t, i) => {
      const tombstone = object(t, `deleted[${i}]`);
      return { id: string(tombstone.id, `deleted[${i}].id`), deleted: string(tombstone.deleted, `deleted[${i}].deleted`) };
    }),
  };
}

function readCorrection(data: unknown, where: string): Correction {
  const raw = object(data, where);
  const kind = oneOf(raw.kind, CORRECTION_KINDS, `${where}.kind`);
  const base = { id: string(raw.id, `${where}.id`), created: string(raw.created, `${where}.created`), target: readTarget(raw.target, `${where}.target`) };
  const field = (name: string) => `${where}.${name}`;
  switch (kind) {
    case 'quote-speaker': {
      const speaker = object(raw.speaker, field('speaker'));
      const entityId = speaker.entityId === undefined ? {} : { entityId: string(speaker.entityId, field('speaker.entityId')) };
      return { ...base, kind, speaker: { name: string(speaker.name, field('speaker.name')), ...entityId } };
    }
    case 'quote-kind':
    case 'quote-add':
      return { ...base, kind, quoteKind: oneOf(raw.quoteKind, ['speech', 'term'] as const, field('quoteKind')) };
    case 'quote-remove':
    case 'entity-ignore':
      return { ...base, kind };
    case 'quote-date':
    case 'document-date':
      return { ...base, kind, date: raw.date === null ? null : string(raw.date, field('date')) };
    case 'entity-rename':
    case 'entity-split':
      return { ...base, kind, name: string(raw.name, field('name')) };
    case 'entity-type':
      return { ...base, kind, entityType: oneOf(raw.entityType, ENTITY_TYPES, field('entityType')) };
    case 'entity-add':
      return { ...base, kind, entityType: oneOf(raw.entityType, ENTITY_TYPES, field('entityType')), name: string(raw.name, field('name')) };
    case 'entity-merge':
      return { ...base, kind, into: readTarget(raw.into, field('into')) };
  }
}

function readTarget(data: unknown, where: string): Target {
  const selectors = array(object(data, where).selector, `${where}.selector`);
  const quote = object(selectors.find((s) => (s as Json)?.type === 'TextQuoteSelector'), `${where}.selector's TextQuoteSelector`);
  const position = object(selectors.find((s) => (s as Json)?.type === 'TextPositionSelector'), `${where}.selector's TextPositionSelector`);
  return {
    selector: [
      {
        type: 'TextQuoteSelector',
        exact: string(quote.exact, `${where} TextQuoteSelector.exact`),
        prefix: string(quote.prefix ?? '', `${where} TextQuoteSelector.prefix`),
        suffix: string(quote.suffix ?? '', `${where} TextQuoteSelector.suffix`),
      },
      {
        type: 'TextPositionSelector',
        start: offset(position.start, `${where} TextPositionSelector.start`),
        end: offset(position.end, `${where} TextPositionSelector.end`),
      },
    ],
  };
}

function object(value: unknown, where: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error(`${where} must be an object`);
  return value as Json;
}

function array(value: unknown, where: string): unknown[] {
  if (!Array.isArray(value)) throw new Error(`${where} must be an array`);
  return value;
}

function string(value: unknown, where: string): string {
  if (typeof value !== 'string') throw new Error(`${where} must be a string`);
  return value;
}

function offset(value: unknown, where: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) throw new Error(`${where} must be a non-negative integer`);
  return value;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], where: string): T {
  if (!allowed.includes(value as T)) {
    throw new Error(`${where} is ${JSON.stringify(value)}; expected one of ${allowed.join(', ')}`);
  }
  return value as T;
}
