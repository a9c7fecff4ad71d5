import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseAbsoluteDate, parseHeader } from '../../src/core/header';

const SEED = fs.readFileSync(path.join(__dirname, '..', '..', '..', 'seeds', '000_939248764b6c96bf.txt'), 'utf8');

function at(text: string, span: { start: number; end: number } | null): string | null {
  return span && text.slice(span.start, span.end);
}

describe('parseHeader', () => {
  it('reads the seed: author on the next line, empty date, body after the blank line', () => {
    const header = parseHeader(SEED);
    assert.match(header.title!, /^NATO Secretary General Jens Stoltenberg: The Alliance sees signs/);
    assert.equal(at(SEED, header.titleSpan), header.title);
    assert.equal(header.author, 'Anhelina Sheremet');
    assert.equal(at(SEED, header.authorSpan), 'Anhelina Sheremet');
    assert.equal(header.hasDateField, true);
    assert.equal(header.date, null);
    assert.equal(header.dateText, null);
    assert.equal(header.dateSpan, null);
    assert.equal(at(SEED, header.dateFieldSpan ?? null), 'Date:');
    assert.ok(SEED.slice(header.bodyStart).startsWith('NATO has seen signs'));
  });

  it('reads values on the same line and parses the date', () => {
    const text = 'Ferry fares rise\nAuthor: Mara Quill\nDate: 2024-03-05\n\nThe council said so.';
    const header = parseHeader(text);
    assert.equal(header.title, 'Ferry fares rise');
    assert.equal(header.author, 'Mara Quill');
    assert.equal(header.date, '2024-03-05');
    assert.equal(header.dateText, '2024-03-05');
    assert.equal(at(text, header.dateSpan), '2024-03-05');
    assert.equal(text.slice(header.bodyStart), 'The council said so.');
  });

  it('takes a date on the line after an empty Date: field', () => {
    const header = parseHeader('Title\nAuthor:\nAna Lis\nDate:\nFebruary 21, 2023\n\nBody text.');
    assert.equal(header.author, 'Ana Lis');
    assert.equal(header.date, '2023-02-21');
    assert.equal(header.dateText, 'February 21, 2023');
  });

  it('never takes the body paragraph after an empty Date: as the date', () => {
    const text = 'Title\nAuthor: Ana Lis\nDate:\nThe mayor said on Monday that the bridge will close.\n';
    const header = parseHeader(text);
    assert.equal(header.hasDateField, true);
    assert.equal(header.date, null);
    assert.equal(header.dateText, null);
    assert.ok(text.slice(header.bodyStart).startsWith('The mayor said'));
  });

  it('reads a placeholder author such as "None" as no author', () => {
    assert.equal(parseHeader('Title\nAuthor: None\nDate: 2016-01-01\n\nBody.').author, null);
  });

  it('never takes a quoted sentence after an empty Author: as the author', () => {
    const header = parseHeader('Title\nAuthor:\n"We will win," she said.\n');
    assert.equal(header.author, null);
  });

  it('reads a byline without a label ("By Ann Lee and Tom Hale") as the author, and then the Date: field, but not a body sentence', () => {
    const text = 'Title\nBy Ann Lee and Tom Hale\nDate: 2025-03-04\n\nBy Tuesday, the storm was gone.';
    const header = parseHeader(text);
    assert.equal(header.author, 'Ann Lee and Tom Hale');
    assert.equal(header.date, '2025-03-04');
    assert.equal(text.slice(header.bodyStart), 'By Tuesday, the storm was gone.');
    assert.equal(parseHeader('Title\n\nBy Tuesday, the storm was gone.').author, null);
  });

  it('parses the usual date forms to ISO', () => {
    for (const written of ['2023-02-21', 'February 21, 2023', 'Feb. 21, 2023', '21 February 2023', '21.02.2023', '02/21/2023', 'Tuesday, February 21, 2023', '2023-02-21 10:15',
      '2023/02/21', '2023-02-21T10:15:00Z', 'Tue, 21 Feb 2023 10:15:00 GMT', 'Tues. February 21, 2023']) {
      assert.equal(parseAbsoluteDate(written), '2023-02-21', written);
    }
    assert.equal(parseAbsoluteDate('2023-02-30'), null);
    assert.equal(parseAbsoluteDate('soon'), null);
    assert.equal(parseAbsoluteDate('20230221'), null);
  });

  it('keeps an unparseable date as text with a null ISO value', () => {
    const header = parseHeader('Title\nDate: sometime in spring\n\nBody.');
    assert.equal(header.dateText, 'sometime in spring');
    assert.equal(header.date, null);
  });

  it('works without a header: title is the first line, body follows it', () => {
    const text = '\n\nA short headline\n\nFirst paragraph.\n';
    const header = parseHeader(text);
    assert.equal(header.title, 'A short headline');
    assert.equal(header.hasDateField, false);
    assert.equal(header.author, null);
    assert.ok(text.slice(header.bodyStart).startsWith('First paragraph.'));
  });

  it('treats a long first paragraph as body, not as a title', () => {
    const text = `${'word '.repeat(80)}\n`;
    const header = parseHeader(text);
    assert.equal(header.title, null);
    assert.equal(header.bodyStart, 0);
  });

  it('gives the same answers for CRLF text', () => {
    const crlf = SEED.replace(/\n/g, '\r\n');
    const header = parseHeader(crlf);
    assert.equal(header.title, parseHeader(SEED).title);
    assert.equal(header.author, 'Anhelina Sheremet');
    assert.equal(at(crlf, header.authorSpan), 'Anhelina Sheremet');
    assert.ok(crlf.slice(header.bodyStart).startsWith('NATO has seen signs'));
    const dated = parseHeader('T\r\nDate:\r\n2024-03-05\r\n\r\nBody');
    assert.equal(dated.date, '2024-03-05');
    assert.equal(dated.dateText, '2024-03-05');
  });
});
