// Shared steps of the in-host suite: the real extension's API, documents, and waiting.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { SourceLensApi } from '../../src/extension';

export const SEED_NAME = '000_939248764b6c96bf.txt';

export async function sourceLens(): Promise<SourceLensApi> {
  const extension = vscode.extensions.getExtension<SourceLensApi>('source-lens.source-lens');
  assert.ok(extension, 'Source Lens is not installed in this VS Code');
  return extension.activate();
}

/** Opens the sample seed from the test workspace (a copy of the repository's seeds). */
export async function openSeed(): Promise<vscode.TextEditor> {
  const [uri] = await vscode.workspace.findFiles(`**/${SEED_NAME}`, undefined, 1);
  assert.ok(uri, `${SEED_NAME} is not in the test workspace`);
  const document = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(document);
}

let untitledCount = 0;

/**
 * Opens a new untitled Source Document holding `content`. Each gets its own name: VS Code may
 * hand back the old text when a closed `Untitled-1` is reopened with `openTextDocument({ content })`.
 */
export async function openSourceDocument(content: string): Promise<vscode.TextEditor> {
  const uri = vscode.Uri.from({ scheme: 'untitled', path: `/source-lens-test-${++untitledCount}-${Date.now()}.txt` });
  const document = await vscode.languages.setTextDocumentLanguage(await vscode.workspace.openTextDocument(uri), 'source-document');
  const editor = await vscode.window.showTextDocument(document);
  await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), content));
  return editor;
}

/** Offset of the first occurrence of `text`, plus `skip` (e.g. 1 to step over an opening quotation mark). */
export function offsetOf(document: vscode.TextDocument, text: string, skip = 0): number {
  const offset = document.getText().indexOf(text);
  assert.ok(offset >= 0, `"${text}" is not in ${document.uri.toString()}`);
  return offset + skip;
}

export async function hoversAt(document: vscode.TextDocument, offset: number): Promise<vscode.MarkdownString[]> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
    'vscode.executeHoverProvider', document.uri, document.positionAt(offset));
  return hovers.flatMap((hover) => hover.contents)
    .filter((content): content is vscode.MarkdownString => content instanceof vscode.MarkdownString);
}

/** The hover cards at offset as plain text (markdown escapes removed), cards separated by `---`. */
export async function hoverTextAt(document: vscode.TextDocument, offset: number): Promise<string> {
  const unescape = (markdown: string) => markdown.replace(/&nbsp;/g, ' ').replace(/\\(.)/g, '$1');
  return (await hoversAt(document, offset)).map((content) => unescape(content.value)).join('\n---\n');
}

/** Polls until `probe` returns something truthy (the extension reacts to events asynchronously). */
export async function waitFor<T>(probe: () => T | undefined | false | Promise<T | undefined | false>, what: string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) assert.fail(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Closes every editor, discarding unsaved test documents (closing them normally would ask to save). */
export async function closeAllEditors(): Promise<void> {
  const tabs = vscode.window.tabGroups.all.reduce((count, group) => count + group.tabs.length, 0);
  for (let closed = 0; closed < tabs; closed++) {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
}
