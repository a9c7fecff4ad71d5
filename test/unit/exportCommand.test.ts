import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { main } from '../../src/cli';
import { createCorrection } from '../../src/core/corrections';
import { emptySidecar, serializeSidecar } from '../../src/core/sidecar';

const TEXT = 'Ferry fares rise\nAuthor: Ana Ruiz\nDate: 2024-05-02\n\nThe operator confirmed it. "Prices go up in June," Petra Lind told reporters.\n';
const QUOTE = '"Prices go up in June,"';

function run(...argv: string[]) {
  let out = '';
  let err = '';
  const status = main(argv, { out: (text) => (out += text), err: (text) => (err += text) });
  return { status, out, err };
}

describe('source-lens export and import-brat', () => {
  let dir: string;
  let cwd: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'source-lens-export-'));
    fs.writeFileSync(path.join(dir, 'ferry.txt'), TEXT);
    const start = TEXT.indexOf(QUOTE);
    const corrections = [
      createCorrection(TEXT, { start, end: start + QUOTE.length }, { kind: 'quote-add', quoteKind: 'speech' }, { created: '2024-05-03T00:00:00.000Z' }),
      createCorrection(TEXT, { start, end: start + QUOTE.length }, { kind: 'quote-speaker', speaker: { name: 'Petra Lind' } }, { created: '2024-05-03T00:00:01.000Z' }),
    ];
    fs.writeFileSync(path.join(dir, 'ferry.txt.annotations.json'), serializeSidecar({ ...emptySidecar('ferry.txt'), corrections }));
    cwd = process.cwd();
    process.chdir(dir);
  });
  afterEach(() => {
    process.chdir(cwd);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('writes a CSV with the corrected speaker', () => {
    const result = run('export', '--format', 'csv', '--out', 'out', 'ferry.txt');
    assert.equal(result.status, 0, result.err);
    const csv = fs.readFileSync(path.join(dir, 'out', 'quotes.csv'), 'utf8');
    assert.match(csv, /^ferry\.txt,Petra Lind,,"""Prices go up in June,""",/m);
  });

  it('writes brat files beside a copy of the text, without touching the source', () => {
    assert.equal(run('export', '--format=brat', '--out', 'brat', dir).status, 0);
    assert.deepEqual(fs.readdirSync(path.join(dir, 'brat')).sort(), ['annotation.conf', 'ferry.ann', 'ferry.txt']);
    assert.match(fs.readFileSync(path.join(dir, 'brat', 'ferry.ann'), 'utf8'), /\tQuote \d+ \d+\t"Prices go up in June,"/);
    assert.equal(run('export', '--format', 'brat', 'ferry.txt').status, 0);
    assert.equal(fs.readFileSync(path.join(dir, 'ferry.txt'), 'utf8'), TEXT);
  });

  it('refuses to export a document whose sidecar is unreadable, and leaves the sidecar alone', () => {
    fs.writeFileSync(path.join(dir, 'ferry.txt.annotations.json'), '{"version": 3}');
    const result = run('export', '--format', 'json', 'ferry.txt');
    assert.equal(result.status, 1);
    assert.match(result.err, /ferry\.txt\.annotations\.json: version 3 is newer/);
    assert.equal(fs.readFileSync(path.join(dir, 'ferry.txt.annotations.json'), 'utf8'), '{"version": 3}');
  });

  it('imports a reviewed brat file back as corrections in the sidecar', () => {
    assert.equal(run('export', '--format', 'brat', '--out', 'brat', 'ferry.txt').status, 0);
    const annFile = path.join(dir, 'brat', 'ferry.ann');
    const reviewed = fs.readFileSync(annFile, 'utf8').replace(/^(T\d+)\tQuote /m, '$1\tTerm ');
    fs.writeFileSync(annFile, reviewed);
    const result = run('import-brat', 'ferry.txt', annFile);
    assert.equal(result.status, 0, result.err);
    assert.match(result.out, /imported 1 correction into/);
    const sidecar = JSON.parse(fs.readFileSync(path.join(dir, 'ferry.txt.annotations.json'), 'utf8'));
    assert.deepEqual(sidecar.corrections.map((c: { kind: string }) => c.kind), ['quote-add', 'quote-speaker', 'quote-kind']);
    assert.equal(run('export', '--format', 'csv', '--out', 'out', 'ferry.txt').status, 0);
    assert.doesNotMatch(fs.readFileSync(path.join(dir, 'out', 'quotes.csv'), 'utf8'), /Prices go up/);
  });

  it('skips documents over --max-size in export and import-brat, and rejects a bad size', () => {
    const small = String(TEXT.length - 1);
    const exported = run('export', '--format', 'csv', '--max-size', small, '--out', 'out', 'ferry.txt');
    assert.equal(exported.status, 1);
    assert.match(exported.err, /ferry\.txt: is \d+ bytes, over the \d+-byte limit/);
    assert.equal(fs.existsSync(path.join(dir, 'out')), false);
    assert.equal(run('export', '--format', 'csv', '--max-size', String(TEXT.length), '--out', 'out', 'ferry.txt').status, 0);
    assert.match(run('import-brat', '--max-size', small, 'ferry.txt', 'none.ann').err, /over the \d+-byte limit/);
    assert.equal(run('export', '--format', 'csv', '--max-size', '10MB', 'ferry.txt').status, 2);
  });

  it('explains a missing or unknown format', () => {
    assert.match(run('export', 'ferry.txt').err, /needs --format/);
    assert.equal(run('export', '--format', 'xml', 'ferry.txt').status, 2);
  });
});
