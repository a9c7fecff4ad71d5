// The analysis of each open seed document, cached per document version and shared by every
// feature (decorations, hovers, tree, symbols, diagnostics, status bar).
//
// Plugging in a post-processing step (e.g. user corrections):
//   context.subscriptions.push(store.addTransform((source, analysis) => corrected(source, analysis)));
//   store.refresh(document.uri);   // when the step's own data changed
// Transforms run in the order they were added, after `analyze()`, once per document version.
import * as vscode from 'vscode';
import { Analysis, Mention, analyze } from './core';
import { ChunkedAnalyzer } from './core/chunked';
import { AnalysisIndex } from './core/lookup';
import { Configuration } from './config';

export const LANGUAGE_ID = 'source-document';

/** Quiet time after the last keystroke before re-analysing; old decorations stay meanwhile. */
const EDIT_DEBOUNCE_MS = 150;
/** Large documents wait at least this many times their last analysis, so typing stays fluid. */
const DEBOUNCE_ANALYSIS_FACTOR = 2;
/** Documents longer than this are analysed in chunks: edits re-analyse one chunk, opening shows the top first. */
const CHUNKED_FROM_CHARACTERS = 256_000;
/** Time given to a chunked analysis before the editor gets control back; the rest follows right after. */
const CHUNKED_SLICE_MS = 40;

export interface DocumentAnalysis {
  readonly uri: vscode.Uri;
  readonly version: number;
  /** For a document analysed in chunks, the next analysis of the same document updates it in place. */
  readonly analysis: Analysis;
  readonly index: AnalysisIndex;
  /** Time spent in `analyze()` plus transforms. */
  readonly analyzeMs: number;
  /** False while a large document is still being analysed (the analysis covers its beginning). */
  readonly complete: boolean;
  /** Text length when analysed: with the version, tells whether the analysis still fits the text. */
  readonly length: number;
}

/** The text being analysed: an open document, or a closed seed file read for the workspace view. */
export interface SourceText {
  readonly uri: vscode.Uri;
  readonly text: string;
}

export type AnalysisTransform = (source: SourceText, analysis: Analysis) => Analysis;

/** Why a document is or is not annotated. */
export type AnnotationState = 'annotated' | 'disabled' | 'too-large' | 'not-a-seed';

export function isSourceDocument(document: vscode.TextDocument): boolean {
  return document.languageId === LANGUAGE_ID;
}

export class AnalysisStore implements vscode.Disposable {
  /** Keyed by the document object: a reopened untitled document reuses its URI and version numbers. */
  private readonly cache = new WeakMap<vscode.TextDocument, DocumentAnalysis>();
  private readonly pending = new Map<vscode.TextDocument, NodeJS.Timeout>();
  private readonly chunked = new WeakMap<vscode.TextDocument, ChunkedAnalyzer>();
  /** The document whose change is being announced: analyses computed meanwhile are expected. */
  private announcing: vscode.TextDocument | undefined;
  private readonly transforms: AnalysisTransform[] = [];
  private readonly changed = new vscode.EventEmitter<vscode.TextDocument>();
  private readonly disposables: vscode.Disposable;

  /** Fires when a document's analysis (or its annotation state) changed; read it with `get`. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly config: Configuration) {
    this.disposables = vscode.Disposable.from(
      this.changed,
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length > 0 && isSourceDocument(event.document)) this.schedule(event.document);
      }),
      vscode.workspace.onDidOpenTextDocument((document) => this.announce(document)),
      vscode.workspace.onDidCloseTextDocument((document) => this.forget(document)),
      config.onDidChange(() => this.refresh()),
    );
  }

  state(document: vscode.TextDocument): AnnotationState {
    if (!isSourceDocument(document)) return 'not-a-seed';
    if (!this.config.current.enable) return 'disabled';
    if (documentLength(document) > this.config.current.maxDocumentSize) return 'too-large';
    return 'annotated';
  }

  /**
   * The analysis of the document's current version (computed now if needed), or undefined when
   * not annotated. For a large document it may cover only its beginning (`complete` false);
   * `onDidChange` fires as the rest arrives.
   */
  get(document: vscode.TextDocument): DocumentAnalysis | undefined {
    const cached = this.cache.get(document);
    if (cached && cached.version === document.version && cached.length === documentLength(document)) return cached;
    if (this.state(document) !== 'annotated') return undefined;
    const source = { uri: document.uri, text: document.getText() };
    const entry = source.text.length > CHUNKED_FROM_CHARACTERS
      ? this.analyzeInChunks(document, source)
      : this.analyzeText(source, document.version);
    this.cache.set(document, entry);
    // New text nobody announced (e.g. a reused untitled document): let every feature catch up.
    if (cached && this.announcing !== document) setTimeout(() => this.announce(document), 0);
    return entry;
  }

  /** Analyses text that is not (or not necessarily) open, transforms included; not cached. */
  analyzeText(source: SourceText, version = 0): DocumentAnalysis {
    const started = performance.now();
    return this.finish(source, version, analyze(source.text), started, true);
  }

  private analyzeInChunks(document: vscode.TextDocument, source: SourceText): DocumentAnalysis {
    const started = performance.now();
    let analyzer = this.chunked.get(document);
    if (!analyzer) this.chunked.set(document, analyzer = new ChunkedAnalyzer());
    const { analysis, mentions, complete } = analyzer.run(source.text, CHUNKED_SLICE_MS);
    const version = document.version;
    if (!complete) {
      setTimeout(() => {
        if (document.isClosed || document.version !== version) return;
        this.cache.delete(document);
        this.announce(document);
      }, 0);
    }
    return this.finish(source, version, analysis, started, complete, mentions);
  }

  /** `sortedMentions`: the mentions of `raw` in index order, if known (valid only while no transform changes `raw`). */
  private finish(
    source: SourceText, version: number, raw: Analysis, started: number, complete: boolean, sortedMentions?: readonly Mention[],
  ): DocumentAnalysis {
    let analysis = raw;
    for (const transform of this.transforms) {
      // A failing post-processing step must not take the annotations down with it.
      try {
        analysis = transform(source, analysis);
      } catch (error) {
        console.error(`Source Lens: an analysis transform failed on ${source.uri.toString()}:`, error);
      }
    }
    return {
      uri: source.uri,
      version,
      analysis,
      index: new AnalysisIndex(analysis, analysis === raw ? sortedMentions : undefined),
      analyzeMs: performance.now() - started,
      complete,
      length: source.text.length,
    };
  }

  addTransform(transform: AnalysisTransform): vscode.Disposable {
    this.transforms.push(transform);
    this.refresh();
    return new vscode.Disposable(() => {
      const position = this.transforms.indexOf(transform);
      if (position >= 0) this.transforms.splice(position, 1);
      this.refresh();
    });
  }

  /** Drops cached analyses (of one document, or all) and tells every feature to redraw. */
  refresh(uri?: vscode.Uri): void {
    for (const document of vscode.workspace.textDocuments) {
      if (uri && document.uri.toString() !== uri.toString()) continue;
      this.cache.delete(document);
      this.announce(document);
    }
  }

  private announce(document: vscode.TextDocument): void {
    if (!isSourceDocument(document) || document.isClosed) return;
    this.announcing = document;
    try {
      this.changed.fire(document);
    } finally {
      this.announcing = undefined;
    }
  }

  private schedule(document: vscode.TextDocument): void {
    clearTimeout(this.pending.get(document));
    const delay = Math.max(EDIT_DEBOUNCE_MS, DEBOUNCE_ANALYSIS_FACTOR * (this.cache.get(document)?.analyzeMs ?? 0));
    this.pending.set(document, setTimeout(() => {
      this.pending.delete(document);
      this.announce(document);
    }, delay));
  }

  private forget(document: vscode.TextDocument): void {
    clearTimeout(this.pending.get(document));
    this.pending.delete(document);
    this.cache.delete(document);
  }

  dispose(): void {
    for (const timer of this.pending.values()) clearTimeout(timer);
    this.disposables.dispose();
  }
}

/** Length in characters, without copying the text. */
export function documentLength(document: vscode.TextDocument): number {
  return document.offsetAt(document.lineAt(document.lineCount - 1).range.end);
}

/** True when the first lines carry a seed header field (`Author:` or `Date:`). */
export function hasSeedHeader(text: string): boolean {
  return /^[ \t]*(?:Author|Date):/m.test(text.slice(0, HEADER_WINDOW));
}

/** Headers sit right after the title; a long title still fits in this window. */
const HEADER_WINDOW = 2000;

/** Switches plain-text files matching `sourceLens.files` whose first lines carry a seed header. */
export class SeedHeaderDetector implements vscode.Disposable {
  private readonly listener: vscode.Disposable;

  constructor(private readonly config: Configuration) {
    this.listener = vscode.workspace.onDidOpenTextDocument((document) => void this.detect(document));
    for (const document of vscode.workspace.textDocuments) void this.detect(document);
  }

  private async detect(document: vscode.TextDocument): Promise<void> {
    if (document.languageId !== 'plaintext') return;
    if (vscode.languages.match({ pattern: this.config.current.files }, document) === 0) return;
    if (!hasSeedHeader(document.getText())) return;
    await vscode.languages.setTextDocumentLanguage(document, LANGUAGE_ID);
  }

  dispose(): void {
    this.listener.dispose();
  }
}
