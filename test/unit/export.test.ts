import * as assert from 'node:assert/strict';
import { anchor } from '../../src/core/anchoring';
import { importBrat, parseBrat } from '../../src/core/brat';
import { Correction, applyCorrections, createCorrection } from '../../src/core/corrections';
import { CSV_COLUMNS, ExportDocument, codePointOffsets, exportDocuments, toBrat, toCsv, toOurJson, toW3C, utf16Offsets } from '../../src/core/export';
import { Analysis } from '../../src/core/model';
import { ARTICLE, articleAnalysis, spanOf } from './correctionFixture';

const NAME = 'harbor.txt';
const Q2 = '"The pier is too expensive,"';

/** The fixture with a few corrections applied, as every export receives it. */
function correctedDocument(): { document: ExportDocument; corrections: Correction[] } {
  const at = (needle: string) => spanOf(ARTICLE, needle);
  const corrections = [
    createCorrection(ARTICLE, at(Q2), { kind: 'quote-speaker', speaker: { name: 'Tomas Berg', entityId: 'person:tomas-berg' } }),
    createCorrection(ARTICLE, at('"Nobody will lose their mooring."'), { kind: 'quote-add', quoteKind: 'speech' }),
    createCorrection(ARTICLE, at(Q2), { kind: 'quote-date', date: '2024-03-04' }),
    createCorrection(ARTICLE, at('Mira Holm'), { kind: 'entity-add', entityType: 'person', name: 'Mira Holm' }),
  ];
  const { analysis } = applyCorrections(ARTICLE, articleAnalysis(), corrections);
  return { document: { name: NAME, text: ARTICLE, analysis }, corrections };
}

/** Minimal RFC 4180 reader for the round trip. */
function readCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const char = csv[i];
    if (quoted) {
      if (char === '"' && csv[i + 1] === '"') field += csv[++i];
      else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') (row.push(field), (field = ''));
    else if (char === '\r' && csv[i + 1] === '\n') (row.push(field), rows.push(row), (row = []), (field = ''), i++);
    else field += char;
  }
  return rows;
}

function speakersByQuote(analysis: Analysis): Record<string, string | null> {
  return Object.fromEntries(analysis.quotes.map((q) => [q.text, q.speaker?.name ?? null]));
}

describe('export round trips', () => {
  const { document } = correctedDocument();

  it('our JSON gives back the corrected analysis unchanged', () => {
    const back = JSON.parse(toOurJson(document));
    assert.equal(back.document, NAME);
    assert.deepEqual(back.analysis, document.analysis);
    assert.equal(back.analysis.quotes.find((q: { text: string }) => q.text === Q2).speaker.name, 'Tomas Berg');
  });

  it('W3C annotations re-anchor to every quote and mention, with kinds and speakers', () => {
    const collection = JSON.parse(toW3C(document));
    assert.equal(collection['@context'], 'http://www.w3.org/ns/anno.jsonld');
    const items: { body: { purpose: string; value: string }[]; target: { source: string; selector: never } }[] = collection.items;
    assert.equal(collection.total, items.length);
    const quotes = items.filter((a) => a.body.some((b) => b.purpose === 'tagging' && (b.value === 'quote' || b.value === 'term')));
    assert.equal(quotes.length, document.analysis.quotes.length);
    for (const [index, quote] of document.analysis.quotes.entries()) {
      const annotation = quotes[index];
      assert.equal(annotation.target.source, NAME);
      assert.deepEqual(anchor(ARTICLE, annotation.target), { start: quote.start, end: quote.end });
      assert.equal(annotation.body.find((b) => b.purpose === 'identifying')?.value ?? null, quote.speaker?.name ?? null);
    }
    const mentionCount = document.analysis.entities.reduce((n, e) => n + e.mentions.length, 0);
    assert.equal(items.length - quotes.length, mentionCount);
    assert.ok(quotes.some((a) => a.body.some((b) => b.value === 'statement date: 2024-03-04')));
  });

  it('brat .ann read back against the same analysis needs no correction', () => {
    const ann = toBrat(document);
    assert.match(ann, /^R\d+\tSpeaker Arg1:T\d+ Arg2:T\d+$/m);
    assert.deepEqual(importBrat(ARTICLE, document.analysis, ann), []);
  });

  it('brat .ann of a corrected analysis re-imports as corrections that reproduce it', () => {
    const ann = toBrat(document);
    const imported = importBrat(ARTICLE, articleAnalysis(), ann);
    const { analysis, orphaned } = applyCorrections(ARTICLE, articleAnalysis(), imported);
    assert.deepEqual(orphaned, []);
    assert.deepEqual(speakersByQuote(analysis), speakersByQuote(document.analysis));
    assert.deepEqual(analysis.quotes.map((q) => [q.start, q.end, q.kind]), document.analysis.quotes.map((q) => [q.start, q.end, q.kind]));
    assert.deepEqual(analysis.entities.map((e) => [e.name, e.type, e.mentions.length]).sort(), document.analysis.entities.map((e) => [e.name, e.type, e.mentions.length]).sort());
  });

  it('brat offsets count code points and split spans at line breaks', () => {
    const text = 'Intro 🎉 line\n"First part\nsecond part," she said.';
    const start = text.indexOf('"');
    const analysis = articleAnalysis();
    analysis.entities = [];
    analysis.quotes = [{ ...analysis.quotes[2], id: 'x', start, end: text.indexOf(' she'), text: text.slice(start, text.indexOf(' she')) }];
    const ann = toBrat({ name: 'x.txt', text, analysis });
    const firstLine = ann.split('\n')[0];
    const codePointStart = [...text.slice(0, start)].length;
    assert.equal(firstLine, `T1\tTerm ${codePointStart} ${codePointStart + 11};${codePointStart + 12} ${codePointStart + 25}\t"First part second part,"`);
    const [bound] = parseBrat(ann, text).textBounds;
    assert.deepEqual([bound.start, bound.end], [analysis.quotes[0].start, analysis.quotes[0].end]);
    assert.equal(utf16Offsets(text)(codePointOffsets(text)(text.length)), text.length);
  });

  it('brat fragments of a CRLF text leave out both line-break characters', () => {
    const text = 'Title\r\n\r\n"One line\r\nand the next," he said.';
    const start = text.indexOf('"');
    const end = text.indexOf(' he');
    const analysis = articleAnalysis();
    analysis.entities = [];
    analysis.quotes = [{ ...analysis.quotes[2], id: 'x', start, end, text: text.slice(start, end) }];
    const [line] = toBrat({ name: 'x.txt', text, analysis }).split('\n');
    assert.equal(line, `T1\tTerm ${start} ${start + 9};${start + 11} ${end}\t"One line and the next,"`);
  });

  it('CSV has one properly quoted row per direct quote, with the corrected speaker and dates', () => {
    const rows = readCsv(toCsv([document, { ...document, name: 'copy.txt' }]));
    assert.deepEqual(rows[0], [...CSV_COLUMNS]);
    const speech = document.analysis.quotes.filter((q) => q.kind === 'speech');
    assert.equal(rows.length, 1 + 2 * speech.length);
    const row = rows.find((r) => r[3] === Q2)!;
    assert.deepEqual(row, [NAME, 'Tomas Berg', 'fisherman', Q2, '', '2024-03-04', '2024-03-04']);
    assert.deepEqual(rows.slice(1, 1 + speech.length).map((r) => r[3]), speech.map((q) => q.text));
  });

  it('names one file per document (brat adds the text and annotation.conf), one CSV for all', () => {
    assert.deepEqual(exportDocuments([document], 'json').map((f) => f.name), ['harbor.txt.analysis.json']);
    assert.deepEqual(exportDocuments([document], 'w3c').map((f) => f.name), ['harbor.txt.jsonld']);
    assert.deepEqual(exportDocuments([document], 'brat').map((f) => f.name), ['harbor.txt', 'harbor.ann', 'annotation.conf']);
    assert.deepEqual(exportDocuments([document, document], 'csv').map((f) => f.name), ['quotes.csv']);
  });
});
