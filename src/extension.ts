// Entry point: wires the analysis store to each editor feature. No logic lives here.
import * as vscode from 'vscode';
import { Analysis } from './core';
import { registerCommands } from './commands';
import { registerCorrections } from './correctionCommands';
import { Configuration } from './config';
import { DecorationController, DecorationTimings } from './decorations';
import { Diagnostics } from './diagnostics';
import { AnalysisStore, LANGUAGE_ID, SeedHeaderDetector } from './documents';
import { SourceHoverProvider } from './hovers';
import { StatusBar } from './statusBar';
import { SourceSymbols } from './symbols';
import { SourceTrees, TreeNode } from './tree';

/** What `activate()` returns, for tests, benchmarks and other extensions. */
export interface SourceLensApi {
  /** The analysis of the document's current version, or undefined when it is not annotated. */
  analysisFor(document: vscode.TextDocument): Analysis | undefined;
  entityTreeRoots(): TreeNode[];
  quoteTreeRoots(): TreeNode[];
  decorationTimings(uri: vscode.Uri): DecorationTimings | undefined;
  /** Time each recent hover took inside the provider, in ms, oldest first. */
  hoverDurations(): readonly number[];
  readonly onDidDecorate: vscode.Event<DecorationTimings>;
}

export function activate(context: vscode.ExtensionContext): SourceLensApi {
  const selector: vscode.DocumentSelector = { language: LANGUAGE_ID };
  const config = new Configuration();
  const store = new AnalysisStore(config);
  const symbols = new SourceSymbols(store);
  const hovers = new SourceHoverProvider(store);
  const trees = new SourceTrees(store, config);
  const decorations = new DecorationController(store, config);
  context.subscriptions.push(
    config,
    store,
    new SeedHeaderDetector(config),
    decorations,
    trees,
    new StatusBar(store, config),
    new Diagnostics(store, config),
    vscode.languages.registerHoverProvider(selector, hovers),
    vscode.languages.registerDocumentSymbolProvider(selector, symbols, { label: 'Source Lens' }),
    vscode.languages.registerReferenceProvider(selector, symbols),
    vscode.languages.registerDocumentHighlightProvider(selector, symbols),
    ...registerCommands(store, config),
    ...registerCorrections(store, hovers),
  );
  // Analyse the seed documents already open (never closed files), now that every feature listens.
  store.refresh();

  return {
    analysisFor: (document) => store.get(document)?.analysis,
    entityTreeRoots: () => trees.entityRoots(),
    quoteTreeRoots: () => trees.quoteRoots(),
    decorationTimings: (uri) => decorations.timingsFor(uri),
    hoverDurations: () => hovers.durations,
    onDidDecorate: decorations.onDidDecorate,
  };
}

export function deactivate(): void {}
