import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { version } from '../../package.json';
import { main } from '../../src/cli';
import { parseArgs, parseByteCount, UsageError } from '../../src/cli/command';
import { formatReport, lineColumnOf, toJsonRecord } from '../../src/cli/format';
import { collectInputs, decodeDocument, readDocument } from '../../src/cli/inputs';
import { Analysis } from '../../src/core/model';

const ARTICLE = 'Title line\n\nAuthor: Ann Writer\nDate: 2024-03-05\n\n"We will build it," Jan Novak said.\n';

const tempRoots: string[] = [];
after(() => tempRoots.forEach((root) => fs.rmSync(root, { recursive: true, force: true })));

function tempTree(files: Record<string, string | Uint8Array>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'source-lens-cli-'));
  tempRoots.push(root);
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    fs.writeFileSync(path.join(root, name), content);
  }
  return root;
}

function runMain(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const status = main(argv, { out: (text) => (stdout += text), err: (text) => (stderr += text) });
  return { status, stdout, stderr };
}

// A hand-built analysis, so the output shapes are checked independently of the engine's results.
const SAMPLE_TEXT = 'Title\n\n"We will build it," Jan Novak said on Tuesday.';
const SAMPLE: Analysis = {
  version: 1,
  header: {
    title: 'Title', titleSpan: { start: 0, end: 5 }, author: null, authorSpan: null,
    date: '2024-03-05', dateText: '2024-03-05', dateSpan: null, hasDateField: true, bodyStart: 7,
  },
  quotes: [{
    id: 'q1', start: 7, end: 26, text: '"We will build it,"', kind: 'speech',
    speaker: { name: 'Jan Novak', entityId: 'person:jan-novak', mention: { start: 27, end: 36, text: 'Jan Novak' } },
    cue: { start: 37, end: 41, text: 'said' }, ruleId: 'adjacent-cue', rule: 'Named right after the quote with "said".',
    date: '2024-03-05', dateId: 'd1', unterminated: false,
  }],
  entities: [{
    id: 'person:jan-novak', name: 'Jan Novak', type: 'person', aliases: ['Novak'], role: 'mayor',
    mentions: [{ start: 27, end: 36, text: 'Jan Novak', entityId: 'person:jan-novak', kind: 'name' }],
  }],
  dates: [{ id: 'd1', start: 45, end: 52, text: 'Tuesday', value: '2024-03-05', rangeEnd: null, relative: true }],
  diagnostics: [{ code: 'unattributed-quote', severity: 'info', message: 'No speaker found.', start: 7, end: 26 }],
};

describe('cli inputs', () => {
  it('collects .txt files recursively, sorted, skipping hidden and node_modules folders', () => {
    const root = tempTree({
      'b.txt': 'b', 'a.txt': 'a', 'notes.md': 'no', 'sub/c.TXT': 'c', 'sub/deeper/d.txt': 'd',
      '.git/e.txt': 'hidden', 'node_modules/f.txt': 'package',
    });
    const { files, errors } = collectInputs([root]);
    assert.deepEqual(errors, []);
    assert.deepEqual(files.map((file) => path.relative(root, file)), ['a.txt', 'b.txt', 'sub/c.TXT', path.join('sub', 'deeper', 'd.txt')]);
  });

  it('keeps argument order, takes named files of any extension, and lists a file once', () => {
    const root = tempTree({ 'z.txt': 'z', 'a.log': 'a' });
    const z = path.join(root, 'z.txt');
    const { files } = collectInputs([z, path.join(root, 'a.log'), root]);
    assert.deepEqual(files, [z, path.join(root, 'a.log')]);
  });

  it('reports a missing path and a folder without .txt files', () => {
    const root = tempTree({ 'empty/readme.md': 'x' });
    const missing = path.join(root, 'missing.txt');
    const { files, errors } = collectInputs([missing, path.join(root, 'empty')]);
    assert.deepEqual(files, []);
    assert.deepEqual(errors, [
      { path: missing, message: 'no such file or directory' },
      { path: path.join(root, 'empty'), message: 'folder contains no .txt files' },
    ]);
  });

  it('decodes UTF-8, dropping a BOM', () => {
    assert.deepEqual(decodeDocument(Buffer.from('\ufeffUkraineʼs “war”', 'utf8')), { text: 'Ukraineʼs “war”' });
  });

  it('refuses binary data and invalid UTF-8', () => {
    assert.match((decodeDocument(Uint8Array.from([0x68, 0x00, 0x69])) as { error: string }).error, /binary/);
    assert.match((decodeDocument(Uint8Array.from([0x68, 0xc3, 0x28])) as { error: string }).error, /not valid UTF-8/);
  });

  it('refuses a file over the size limit without failing on one at the limit', () => {
    const file = path.join(tempTree({ 'big.txt': 'x'.repeat(100) }), 'big.txt');
    assert.match((readDocument(file, 99) as { error: string }).error, /100 bytes, over the 99-byte limit/);
    assert.deepEqual(readDocument(file, 100), { text: 'x'.repeat(100) });
  });
});

describe('cli arguments', () => {
  const options = [{ name: 'json', description: '' }, { name: 'max-size', valueName: 'BYTES', description: '' }];

  it('parses flags, values in both forms, operands in any position, and -- ', () => {
    const parsed = parseArgs(['a', '--json', '--max-size', '10', 'b', '--max-size=20', '--', '--json'], options);
    assert.deepEqual([...parsed.flags], ['json']);
    assert.equal(parsed.values.get('max-size'), '20');
    assert.deepEqual(parsed.operands, ['a', 'b', '--json']);
  });

  it('rejects unknown options, missing values and values on flags', () => {
    assert.throws(() => parseArgs(['--jsn'], options), new UsageError("unknown option '--jsn'"));
    assert.throws(() => parseArgs(['--max-size'], options), /needs a value/);
    assert.throws(() => parseArgs(['--json=yes'], options), /takes no value/);
  });

  it('accepts only positive whole byte counts', () => {
    assert.equal(parseByteCount('max-size', '1048576'), 1048576);
    for (const bad of ['0', '-5', '1.5', '10MB', '']) assert.throws(() => parseByteCount('max-size', bad), UsageError);
  });
});

describe('cli output', () => {
  it('builds the JSON Lines record with exactly the documented fields', () => {
    const record = JSON.parse(JSON.stringify(toJsonRecord('seeds/x.txt', SAMPLE)));
    assert.deepEqual(record, {
      file: 'seeds/x.txt',
      header: { title: 'Title', author: null, date: '2024-03-05' },
      quotes: [{
        start: 7, end: 26, text: '"We will build it,"', kind: 'speech',
        speaker: { name: 'Jan Novak', entityId: 'person:jan-novak', mention: { start: 27, end: 36, text: 'Jan Novak' } },
        cue: { text: 'said', start: 37, end: 41 }, rule: 'Named right after the quote with "said".', ruleId: 'adjacent-cue', date: '2024-03-05',
      }],
      entities: [{
        id: 'person:jan-novak', name: 'Jan Novak', type: 'person', aliases: ['Novak'], role: 'mayor',
        mentions: [{ start: 27, end: 36, text: 'Jan Novak', kind: 'name' }],
      }],
      dates: [{ id: 'd1', start: 45, end: 52, text: 'Tuesday', value: '2024-03-05', rangeEnd: null, relative: true }],
      diagnostics: [{ code: 'unattributed-quote', severity: 'info', message: 'No speaker found.', start: 7, end: 26 }],
    });
  });

  it('writes a readable report with positions, speakers, grouped entities and dates', () => {
    const report = formatReport('seeds/x.txt', SAMPLE_TEXT, SAMPLE);
    assert.match(report, /^== seeds\/x\.txt\nTitle: {2}Title\nAuthor: \(none\)\nDate: {3}2024-03-05\n/);
    assert.match(report, /\n {2}3:1 {2}"We will build it,"\n {6}speaker: Jan Novak · cue: said · date: 2024-03-05\n {6}why: Named right after/);
    assert.match(report, /\n {2}person\n {4}Jan Novak \[mayor\]: 1 mention — also "Novak"\n/);
    assert.match(report, /\n {2}3:39 {2}Tuesday → 2024-03-05\n/);
    assert.match(report, /\n {2}3:1 {2}info: No speaker found\.\n$/);
  });

  it('numbers lines and columns from 1, counting CRLF as one line break', () => {
    const position = lineColumnOf('ab\r\ncd\n\nef');
    assert.deepEqual([0, 1, 4, 5, 8, 9].map(position), ['1:1', '1:2', '2:1', '2:2', '4:1', '4:2']);
  });
});

describe('cli main', () => {
  it('prints the package version and the help', () => {
    assert.deepEqual(runMain(['--version']), { status: 0, stdout: `${version}\n`, stderr: '' });
    const help = runMain(['--help']);
    assert.equal(help.status, 0);
    assert.match(help.stdout, /Usage: source-lens <command>[\s\S]*\n {2}analyze {2}/);
    const analyzeHelp = runMain(['analyze', '--help']);
    assert.equal(analyzeHelp.status, 0);
    assert.match(analyzeHelp.stdout, /--max-size BYTES/);
  });

  it('exits 2 with a one-line error on wrong usage', () => {
    for (const argv of [[], ['frobnicate'], ['analyze'], ['analyze', '--bogus', 'x'], ['analyze', '--max-size', 'lots', 'x']]) {
      const result = runMain(argv);
      assert.equal(result.status, 2, argv.join(' '));
      assert.equal(result.stdout, '');
      assert.ok(result.stderr.length > 0);
    }
    assert.equal(runMain(['frobnicate']).stderr, "source-lens: unknown command 'frobnicate' (run 'source-lens --help' for the list)\n");
  });

  it('analyzes the good files, names each bad one on stderr, and exits 1', () => {
    const root = tempTree({
      'docs/1-good.txt': ARTICLE, 'docs/2-binary.txt': Uint8Array.from([0x47, 0x00]), 'docs/3-latin1.txt': Uint8Array.from([0x63, 0x61, 0x66, 0xe9]),
      'docs/4-big.txt': ARTICLE.repeat(3), 'docs/5-good.txt': ARTICLE, 'empty/notes.md': '',
    });
    const docs = path.join(root, 'docs');
    const result = runMain(['analyze', '--json', '--max-size', String(ARTICLE.length * 2), docs, path.join(root, 'missing'), path.join(root, 'empty')]);
    assert.equal(result.status, 1);
    const records = result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
    assert.deepEqual(records.map((record) => record.file), [path.join(docs, '1-good.txt'), path.join(docs, '5-good.txt')]);
    for (const record of records) {
      assert.deepEqual(Object.keys(record), ['file', 'header', 'quotes', 'entities', 'dates', 'diagnostics']);
    }
    const errors = result.stderr.trimEnd().split('\n');
    assert.equal(errors.length, 5);
    assert.match(errors[0], /^error: .*missing: no such file or directory$/);
    assert.match(errors[1], /^error: .*empty: folder contains no \.txt files$/);
    assert.match(errors[2], /^error: .*2-binary\.txt: looks like a binary file/);
    assert.match(errors[3], /^error: .*3-latin1\.txt: is not valid UTF-8/);
    assert.match(errors[4], /^error: .*4-big\.txt: is \d+ bytes, over the \d+-byte limit/);
  });

  it('runs as a program with the same results and exit status', () => {
    const root = tempTree({ 'a.txt': ARTICLE });
    const cli = path.join(__dirname, '..', '..', 'src', 'cli.js');
    const ok = spawnSync(process.execPath, [cli, 'analyze', '--json', root], { encoding: 'utf8' });
    assert.equal(ok.status, 0, ok.stderr);
    assert.equal(JSON.parse(ok.stdout).file, path.join(root, 'a.txt'));
    const report = spawnSync(process.execPath, [cli, 'analyze', path.join(root, 'a.txt')], { encoding: 'utf8' });
    assert.equal(report.status, 0, report.stderr);
    assert.match(report.stdout, /^== .*a\.txt\n/);
    const failed = spawnSync(process.execPath, [cli, 'analyze', path.join(root, 'nope.txt')], { encoding: 'utf8' });
    assert.equal(failed.status, 1);
    assert.match(failed.stderr, /nope\.txt: no such file or directory/);
  });
});
