import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CORRECTION_KINDS, Correction, ENTITY_TYPES, createCorrection } from '../../src/core/corrections';
import { Sidecar, emptySidecar, mergeSidecars, parseSidecar, serializeSidecar, withCorrection, withoutCorrections } from '../../src/core/sidecar';
import { UnreadableSidecarError, readSidecarFile, saveSidecar, sidecarPath, writeFileAtomic } from '../../src/core/sidecarFiles';
import { ARTICLE, spanOf } from './correctionFixture';

function correction(id: string, needle: string, created = '2024-03-05T10:00:00.000Z'): Correction {
  return createCorrection(ARTICLE, spanOf(ARTICLE, needle), { kind: 'quote-speaker', speaker: { name: 'Tomas Berg', entityId: 'person:tomas-berg' } }, { id, created });
}

function sidecarWith(...corrections: Correction[]): Sidecar {
  return { ...emptySidecar('harbor.txt'), corrections };
}

describe('sidecar format', () => {
  it('round-trips through serialize and parse, every kind included', () => {
    const at = (needle: string) => spanOf(ARTICLE, needle);
    const target = createCorrection(ARTICLE, at('Lina Ortiz'), { kind: 'entity-ignore' }).target;
    const all = sidecarWith(
      correction('a', '"harbor plan"'),
      createCorrection(ARTICLE, at('"harbor plan"'), { kind: 'quote-kind', quoteKind: 'term' }),
      createCorrection(ARTICLE, at('"harbor plan"'), { kind: 'quote-add', quoteKind: 'speech' }),
      createCorrection(ARTICLE, at('"harbor plan"'), { kind: 'quote-remove' }),
      createCorrection(ARTICLE, at('"harbor plan"'), { kind: 'quote-date', date: null }),
      createCorrection(ARTICLE, at('Ortiz'), { kind: 'entity-rename', name: 'L. Ortiz' }),
      createCorrection(ARTICLE, at('Ortiz'), { kind: 'entity-type', entityType: 'organization' }),
      createCorrection(ARTICLE, at('Tomas Berg'), { kind: 'entity-merge', into: target }),
      createCorrection(ARTICLE, at('Ortiz'), { kind: 'entity-split', name: 'Ortiz' }),
      createCorrection(ARTICLE, at('Mira Holm'), { kind: 'entity-add', entityType: 'person', name: 'Mira Holm' }),
      createCorrection(ARTICLE, at('harbor'), { kind: 'entity-ignore' }),
      createCorrection(ARTICLE, at('2024-03-04'), { kind: 'document-date', date: '2024-03-03' }),
    );
    all.deleted.push({ id: 'gone', deleted: '2024-03-05T09:00:00.000Z' });
    const parsed = parseSidecar(serializeSidecar(all));
    assert.deepEqual(parsed, { ok: true, sidecar: all });
  });

  it('explains garbage', () => {
    const parsed = parseSidecar('<<<<<<< HEAD\nnot json');
    assert.equal(parsed.ok, false);
    assert.match(!parsed.ok ? parsed.error : '', /not valid JSON/);
  });

  it('explains a file truncated mid-write', () => {
    const whole = serializeSidecar(sidecarWith(correction('a', '"harbor plan"')));
    for (const cut of [whole.length / 2, 10, 1]) {
      const parsed = parseSidecar(whole.slice(0, cut));
      assert.equal(parsed.ok, false);
      assert.match(!parsed.ok ? parsed.error : '', /truncated/);
    }
    assert.match((parseSidecar('') as { error: string }).error, /empty/);
  });

  it('refuses a future version, naming both versions', () => {
    const parsed = parseSidecar(JSON.stringify({ ...sidecarWith(), version: 2 }));
    assert.equal(parsed.ok, false);
    assert.match(!parsed.ok ? parsed.error : '', /version 2 is newer .*\(1\)/);
  });

  it('names the offending field of a malformed correction', () => {
    const broken = JSON.parse(serializeSidecar(sidecarWith(correction('a', '"harbor plan"'))));
    broken.corrections[0].kind = 'quote-explode';
    assert.match((parseSidecar(JSON.stringify(broken)) as { error: string }).error, /corrections\[0\]\.kind is "quote-explode"/);
    delete broken.version;
    assert.match((parseSidecar(JSON.stringify(broken)) as { error: string }).error, /"version" field is missing/);
  });
});

describe('sidecar JSON Schema', () => {
  const schema = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', '..', 'schemas', 'annotations.schema.json'), 'utf8'));

  it('knows exactly the correction kinds and entity types the parser accepts', () => {
    const correction = schema.$defs.correction;
    assert.deepEqual([...correction.properties.kind.enum].sort(), [...CORRECTION_KINDS].sort());
    const typed = correction.allOf.find((rule: { if: { properties: { kind: { const: string } } } }) => rule.if.properties.kind.const === 'entity-type');
    assert.deepEqual(typed.then.properties.entityType.enum, [...ENTITY_TYPES]);
    assert.equal(schema.properties.version.const, 1);
  });
});

describe('sidecar edits', () => {
  it('a new correction of the same item replaces the old one, leaving a tombstone', () => {
    const first = correction('first', '"harbor plan"');
    const second = correction('second', '"harbor plan"', '2024-03-05T10:05:00.000Z');
    const other = correction('other', 'Mira Holm');
    const sidecar = withCorrection(withCorrection(sidecarWith(first), ARTICLE, other), ARTICLE, second);
    assert.deepEqual(sidecar.corrections.map((c) => c.id), ['other', 'second']);
    assert.deepEqual(sidecar.deleted.map((t) => t.id), ['first']);
    const reverted = withoutCorrections(sidecar, ['other', 'unknown'], '2024-03-06T00:00:00.000Z');
    assert.deepEqual(reverted.corrections.map((c) => c.id), ['second']);
    assert.deepEqual(reverted.deleted, [...sidecar.deleted, { id: 'other', deleted: '2024-03-06T00:00:00.000Z' }]);
  });
});

describe('sidecar merge', () => {
  const a = correction('a', '"harbor plan"', '2024-03-05T10:00:00.000Z');
  const b = correction('b', '"The pier is too expensive,"', '2024-03-05T10:01:00.000Z');
  const c = correction('c', 'Mira Holm', '2024-03-05T10:02:00.000Z');

  it('keeps what both sides added', () => {
    const merged = mergeSidecars(sidecarWith(a), sidecarWith(a, b), sidecarWith(a, c));
    assert.deepEqual(merged.corrections.map((x) => x.id), ['a', 'b', 'c']);
  });

  it('respects a deletion made on either side, by tombstone or by omission from the base', () => {
    const mine: Sidecar = { ...sidecarWith(b), deleted: [{ id: 'a', deleted: '2024-03-05T11:00:00.000Z' }] };
    assert.deepEqual(mergeSidecars(sidecarWith(a), mine, sidecarWith(a, c)).corrections.map((x) => x.id), ['b', 'c']);
    const theirsDropped = mergeSidecars(sidecarWith(a, b), sidecarWith(a, b, c), sidecarWith(b));
    assert.deepEqual(theirsDropped.corrections.map((x) => x.id), ['b', 'c']);
    assert.deepEqual(theirsDropped.deleted.map((t) => t.id), ['a']);
  });

  it('does not resurrect a reverted correction from a stale copy', () => {
    const reverted: Sidecar = { ...sidecarWith(), deleted: [{ id: 'a', deleted: '2024-03-05T11:00:00.000Z' }] };
    assert.deepEqual(mergeSidecars(null, sidecarWith(a), reverted).corrections, []);
  });
});

describe('sidecar files', () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'source-lens-sidecar-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('lives beside the document, or mirrored under an annotations folder', () => {
    assert.equal(sidecarPath('/w/seeds/a.txt'), '/w/seeds/a.txt.annotations.json');
    assert.equal(sidecarPath('/w/seeds/a.txt', '.annotations', '/w'), '/w/.annotations/seeds/a.txt.annotations.json');
    assert.equal(sidecarPath('/w/seeds/a.txt', '/notes', '/w'), '/notes/seeds/a.txt.annotations.json');
  });

  it('writes atomically and leaves no temp file', () => {
    const file = path.join(dir, 'sub', 'x.json');
    writeFileAtomic(file, 'one');
    writeFileAtomic(file, 'two');
    assert.equal(fs.readFileSync(file, 'utf8'), 'two');
    assert.deepEqual(fs.readdirSync(path.dirname(file)), ['x.json']);
  });

  it('never writes over an unreadable sidecar unless told to, and leaves it byte for byte', () => {
    const file = path.join(dir, 'harbor.txt.annotations.json');
    for (const bad of ['{"version": 1, "document": "harbor.txt", "correc', '{"version": 7, "document": "x", "corrections": []}', 'garbage']) {
      fs.writeFileSync(file, bad);
      const read = readSidecarFile(file);
      assert.equal(read.state, 'invalid');
      assert.ok(read.state === 'invalid' && read.error.startsWith(file));
      assert.throws(() => saveSidecar(file, sidecarWith(a()), null), UnreadableSidecarError);
      assert.equal(fs.readFileSync(file, 'utf8'), bad);
    }
    saveSidecar(file, sidecarWith(a()), null, true);
    assert.equal(readSidecarFile(file).state, 'ok');

    function a() {
      return correction('a', '"harbor plan"');
    }
  });

  it('two writers on the same file lose nothing', () => {
    const file = path.join(dir, 'harbor.txt.annotations.json');
    const one = correction('one', '"harbor plan"', '2024-03-05T10:00:00.000Z');
    const two = correction('two', 'Mira Holm', '2024-03-05T10:00:01.000Z');
    const three = correction('three', 'Tomas Berg', '2024-03-05T10:00:02.000Z');
    // Both windows start from the same empty state.
    let windowA = saveSidecar(file, sidecarWith(one), null);
    const windowB = saveSidecar(file, sidecarWith(two), null);
    assert.deepEqual(windowB.corrections.map((c) => c.id), ['one', 'two']);
    // Window A reverts "one" and adds "three" without having seen "two".
    windowA = saveSidecar(file, { ...sidecarWith(three), deleted: [{ id: 'one', deleted: '2024-03-05T10:01:00.000Z' }] }, windowA);
    const final = readSidecarFile(file);
    assert.ok(final.state === 'ok');
    assert.deepEqual(final.sidecar.corrections.map((c) => c.id), ['two', 'three']);
    assert.deepEqual(windowA.corrections.map((c) => c.id), ['two', 'three']);
  });
});
