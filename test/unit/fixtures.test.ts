// Keeps the authored seeds and their hand-made gold fixtures in step: every gold item must be findable in its seed.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

interface GoldFixture {
  file: string;
  header: { title: string | null; author: string | null; date: string | null };
  quotes: { text: string; kind: 'speech' | 'term'; speaker: string | null; cue: string | null }[];
  entities: { name: string; type: string; aliases: string[] }[];
  dates: { text: string; value: string | null; rangeEnd?: string }[];
}

const ROOT = path.resolve(__dirname, '..', '..', '..');
const FIXTURES = path.join(ROOT, 'test', 'fixtures');
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ENTITY_TYPES = ['person', 'organization', 'place', 'event', 'work'];

const goldFiles = fs.readdirSync(FIXTURES).filter((name) => name.endsWith('.gold.json')).sort();
const occurrences = (text: string, part: string) => text.split(part).length - 1;

describe('seed gold fixtures', () => {
  it('exist for every authored seed', () => {
    const authored = fs.readdirSync(path.join(ROOT, 'seeds')).filter((name) => name.endsWith('.txt') && !name.startsWith('000_'));
    assert.ok(authored.length >= 6);
    assert.deepEqual(authored.map((name) => `${name.replace(/\.txt$/, '')}.gold.json`).sort(), goldFiles);
  });

  for (const goldFile of goldFiles) {
    describe(goldFile, () => {
      const gold = JSON.parse(fs.readFileSync(path.join(FIXTURES, goldFile), 'utf8')) as GoldFixture;
      const text = fs.readFileSync(path.join(ROOT, gold.file), 'utf8');

      it('locates every quote by text found exactly once, with its cue in the seed', () => {
        for (const quote of gold.quotes) {
          assert.equal(occurrences(text, quote.text), 1, quote.text);
          if (quote.cue !== null) assert.ok(text.includes(quote.cue), quote.cue);
        }
      });

      it('gives terms no speaker and speech quotes speakers from its entity list', () => {
        const names = new Set(gold.entities.map((entity) => entity.name));
        for (const quote of gold.quotes) {
          if (quote.kind === 'term') assert.deepEqual([quote.speaker, quote.cue], [null, null], quote.text);
          else assert.ok(quote.speaker === null || names.has(quote.speaker), `${quote.speaker} is not a listed entity`);
        }
      });

      it('names entities, aliases and dates that occur in the seed', () => {
        const lower = text.toLowerCase();
        for (const entity of gold.entities) {
          assert.ok(ENTITY_TYPES.includes(entity.type), entity.type);
          for (const form of [entity.name, ...entity.aliases]) assert.ok(lower.includes(form.toLowerCase()), form);
        }
        for (const date of gold.dates) {
          assert.ok(text.includes(date.text), date.text);
          for (const value of [date.value, date.rangeEnd ?? null]) assert.ok(value === null || ISO_DATE.test(value), String(value));
        }
      });

      it('has a header that matches the top of the seed', () => {
        assert.ok(gold.header.title !== null && text.startsWith(gold.header.title));
        assert.ok(gold.header.date === null || ISO_DATE.test(gold.header.date));
        if (gold.header.author !== null) assert.ok(text.includes(gold.header.author));
      });
    });
  }

  it('keeps the CRLF seed in CRLF, and the others in LF', () => {
    for (const goldFile of goldFiles) {
      const { file } = JSON.parse(fs.readFileSync(path.join(FIXTURES, goldFile), 'utf8')) as GoldFixture;
      const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
      const bareLineFeeds = text.replace(/\r\n/g, '').includes('\n');
      assert.equal(bareLineFeeds, !file.includes('crlf'), file);
      assert.equal(text.includes('\r\n'), file.includes('crlf'), file);
    }
  });
});
