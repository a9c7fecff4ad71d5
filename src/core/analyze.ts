// Entry point of the engine: text in, Analysis out.
// header → entities → dates → quotes → attribution → diagnostics.
import { attributeQuotes } from './attribution';
import { countQuotedDaysFromStatements, findDates, referenceDate } from './dates';
import { buildEntityIndex } from './entities';
import { headerDateSpan, parseHeader } from './header';
import { ANALYSIS_VERSION, Analysis, AnalysisDiagnostic, AnalyzeOptions, DiagnosticCode, Header, Quote, Span } from './model';
import { scanQuotes } from './quotes';
import { paragraphs } from './text';

export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  const header = parseHeader(text);
  const index = buildEntityIndex(text, header);
  const dates = findDates(text, header, options);
  const bodyParagraphs = paragraphs(text, header.bodyStart);
  const quotes = scanQuotes(text, bodyParagraphs);
  const published = referenceDate(header, options);
  const attributed = attributeQuotes({ text, paragraphs: bodyParagraphs, quotes, index, dates, published });
  countQuotedDaysFromStatements(dates, attributed, published, bodyParagraphs[0]);
  return {
    version: ANALYSIS_VERSION,
    header,
    quotes: attributed,
    entities: index.entities,
    dates,
    diagnostics: addQuoteDiagnostics(attributed, headerDiagnostics(header)),
  };
}

function headerDiagnostics(header: Header): AnalysisDiagnostic[] {
  if (!header.hasDateField) return [dateWarning(header.titleSpan ?? { start: 0, end: 0 }, 'missing-date', 'No Date: field: statement dates cannot be resolved.')];
  if (header.dateText === null) return [dateWarning(headerDateSpan(header), 'empty-date', 'The Date: field is empty: relative dates stay unresolved.')];
  if (header.date === null) {
    return [dateWarning(headerDateSpan(header), 'unreadable-date', `The Date: field “${header.dateText}” is not a date Source Lens can read (write it as 2023-02-21 or February 21, 2023): relative dates stay unresolved.`)];
  }
  return [];
}

function dateWarning(at: Span, code: DiagnosticCode, message: string): AnalysisDiagnostic {
  return { start: at.start, end: at.end, code, severity: 'warning', message };
}

/** Appends the quotes' diagnostics to `diagnostics` (no copies of either list) and returns it. */
function addQuoteDiagnostics(quotes: readonly Quote[], diagnostics: AnalysisDiagnostic[]): AnalysisDiagnostic[] {
  for (const quote of quotes) {
    if (quote.unterminated) {
      diagnostics.push({ start: quote.start, end: quote.end, code: 'unterminated-quote', severity: 'warning', message: 'This quote has no closing mark; it stops at the end of the paragraph.' });
    }
    if (quote.kind === 'speech' && quote.speaker === null) {
      diagnostics.push({ start: quote.start, end: quote.end, code: 'unattributed-quote', severity: 'info', message: 'No speaker found for this quote.' });
    }
  }
  return diagnostics;
}
