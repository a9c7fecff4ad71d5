// Inline decorations: quotes, speakers, cue verbs, unattributed speech and speaker hints.
// New ranges are applied only once the new analysis is ready, so typing never clears them:
// VS Code shifts the old ones with the text until the new ones replace them. Only the visible
// lines plus a wide margin are decorated, so a 1 MB document costs no more than a short one.
import * as vscode from 'vscode';
import { Quote } from './core';
import { AnalysisIndex } from './core/lookup';
import { Configuration, SourceLensConfig } from './config';
import { AnalysisStore } from './documents';

export interface DecorationTimings {
  readonly uri: string;
  readonly version: number;
  /** Time spent analysing this version. */
  readonly analyzeMs: number;
  /** Time spent building and applying the decorations. */
  readonly decorateMs: number;
  /** False while a large document's analysis still covers only its beginning. */
  readonly complete: boolean;
}

interface DecorationSet {
  readonly quotes: vscode.Range[];
  readonly terms: vscode.Range[];
  readonly unattributed: vscode.Range[];
  readonly speakers: vscode.Range[];
  readonly cues: vscode.Range[];
  readonly hints: vscode.DecorationOptions[];
}

type Feature = keyof DecorationSet;

const color = (id: string) => new vscode.ThemeColor(`sourceLens.${id}`);

function createTypes(): Record<Feature, vscode.TextEditorDecorationType> {
  const create = vscode.window.createTextEditorDecorationType;
  const quoteRuler = { overviewRulerColor: color('quoteRuler'), overviewRulerLane: vscode.OverviewRulerLane.Center };
  return {
    quotes: create({
      backgroundColor: color('quoteBackground'),
      border: '1px solid',
      borderColor: color('quoteBorder'),
      borderRadius: '3px',
      ...quoteRuler,
    }),
    unattributed: create({
      backgroundColor: color('quoteBackground'),
      border: '1px dashed',
      borderColor: color('unattributedBorder'),
      borderRadius: '3px',
      ...quoteRuler,
    }),
    terms: create({ fontStyle: 'italic' }),
    speakers: create({
      color: color('speakerForeground'),
      fontWeight: '600',
      borderStyle: 'none none solid none',
      borderWidth: '0 0 1px 0',
      borderColor: color('speakerBorder'),
    }),
    cues: create({ color: color('cueForeground'), fontStyle: 'italic' }),
    hints: create({ after: { color: color('hintForeground'), fontStyle: 'italic', margin: '0 0 0 0.4em' } }),
  };
}

/** Lines decorated beyond the visible ones, so most scrolling needs no new decorations. */
const MARGIN_LINES = 150;

interface DecoratedWindow {
  readonly startLine: number;
  readonly endLine: number;
}

export class DecorationController implements vscode.Disposable {
  private readonly types = createTypes();
  private readonly windows = new WeakMap<vscode.TextEditor, DecoratedWindow>();
  private readonly timings = new Map<string, DecorationTimings>();
  private readonly decorated = new vscode.EventEmitter<DecorationTimings>();
  private readonly disposables: vscode.Disposable;

  /** Fires after decorations were applied for a document version (used by tests and benchmarks). */
  readonly onDidDecorate = this.decorated.event;

  constructor(private readonly store: AnalysisStore, private readonly config: Configuration) {
    this.disposables = vscode.Disposable.from(
      this.decorated,
      store.onDidChange((document) => this.decorateDocument(document)),
      vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((editor) => this.decorate(editor))),
      vscode.window.onDidChangeTextEditorVisibleRanges(({ textEditor }) => {
        const window = this.windows.get(textEditor);
        const visible = visibleLines(textEditor);
        if (window && (visible.start < window.startLine || visible.end > window.endLine)) this.decorate(textEditor);
      }),
    );
    vscode.window.visibleTextEditors.forEach((editor) => this.decorate(editor));
  }

  /** Last decoration timings of a document, if it was decorated. */
  timingsFor(uri: vscode.Uri): DecorationTimings | undefined {
    return this.timings.get(uri.toString());
  }

  private decorateDocument(document: vscode.TextDocument): void {
    for (const editor of vscode.window.visibleTextEditors) {
      if (editor.document === document) this.decorate(editor);
    }
  }

  private decorate(editor: vscode.TextEditor): void {
    const entry = this.store.get(editor.document);
    if (!entry) {
      for (const type of Object.values(this.types)) editor.setDecorations(type, []);
      this.windows.delete(editor);
      return;
    }
    const started = performance.now();
    const { document } = editor;
    const visible = visibleLines(editor);
    const startLine = Math.max(0, visible.start - MARGIN_LINES);
    const endLine = Math.min(document.lineCount - 1, visible.end + MARGIN_LINES);
    const quotes = entry.index.quotesIn(document.offsetAt(new vscode.Position(startLine, 0)), document.offsetAt(document.lineAt(endLine).range.end));
    const set = buildDecorations(document, entry.index, quotes, this.config.current.speakerHints);
    this.windows.set(editor, { startLine, endLine });
    const enabled = featureToggles(this.config.current);
    for (const feature of Object.keys(this.types) as Feature[]) {
      editor.setDecorations(this.types[feature], enabled[feature] ? set[feature] : []);
    }
    const timings = {
      uri: entry.uri.toString(),
      version: entry.version,
      analyzeMs: entry.analyzeMs,
      decorateMs: performance.now() - started,
      complete: entry.complete,
    };
    this.timings.set(timings.uri, timings);
    this.decorated.fire(timings);
  }

  dispose(): void {
    for (const type of Object.values(this.types)) type.dispose();
    this.disposables.dispose();
  }
}

function featureToggles(config: SourceLensConfig): Record<Feature, boolean> {
  return {
    quotes: config.quotes,
    terms: config.quotes,
    unattributed: config.unattributed,
    speakers: config.speakers,
    cues: config.cues,
    // Hints also carry the "corrected" mark, which stays visible.
    hints: true,
  };
}

/** Visible lines of the editor; before its first layout, the top of the document. */
function visibleLines(editor: vscode.TextEditor): { start: number; end: number } {
  const ranges = editor.visibleRanges;
  if (ranges.length === 0) return { start: 0, end: 0 };
  return { start: ranges[0].start.line, end: ranges[ranges.length - 1].end.line };
}

function buildDecorations(document: vscode.TextDocument, index: AnalysisIndex, quotes: readonly Quote[], showHints: boolean): DecorationSet {
  const range = (span: { start: number; end: number }) =>
    new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
  const text = document.getText();
  const set: DecorationSet = { quotes: [], terms: [], unattributed: [], speakers: [], cues: [], hints: [] };
  for (const quote of quotes) {
    const quoteRange = range(quote);
    if (quote.kind === 'term') set.terms.push(quoteRange);
    else if (quote.speaker) set.quotes.push(quoteRange);
    else set.unattributed.push(quoteRange);
    if (quote.speaker) set.speakers.push(range(quote.speaker.mention));
    if (quote.cue) set.cues.push(range(quote.cue));
    const hint = [
      showHints && speakerIsDistant(quote, index, text) ? `— ${quote.speaker?.name}` : '',
      quote.corrected ? '✓' : '',
    ].filter(Boolean).join(' ');
    if (hint) set.hints.push({ range: quoteRange, renderOptions: { after: { contentText: hint } } });
  }
  return set;
}

/** True when the speaker is not named next to the quote: a pronoun or role noun, or another sentence. */
export function speakerIsDistant(quote: Quote, index: AnalysisIndex, text: string): boolean {
  if (!quote.speaker) return false;
  const { mention, entityId } = quote.speaker;
  const entity = index.entity(entityId);
  const namesSpeaker = mention.text === quote.speaker.name || (entity?.aliases.includes(mention.text) ?? false);
  if (!namesSpeaker) return true;
  const between = mention.start >= quote.end ? text.slice(quote.end, mention.start) : text.slice(mention.end, quote.start);
  return /[.!?]\s|\n/.test(between);
}
