// Finds the documents a command was given and reads them as text, rejecting what is not a UTF-8 text file.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { OptionSpec, parseByteCount, ParsedArgs } from './command';

export const DEFAULT_MAX_SIZE = 50 * 1024 * 1024;

/** `--max-size`, shared by every command that reads documents. */
export const MAX_SIZE_OPTION: OptionSpec = {
  name: 'max-size',
  valueName: 'BYTES',
  description: `skip files larger than this (default ${DEFAULT_MAX_SIZE}, 50 MB)`,
};

export function maxSizeOf(args: ParsedArgs): number {
  const value = args.values.get(MAX_SIZE_OPTION.name);
  return value === undefined ? DEFAULT_MAX_SIZE : parseByteCount(MAX_SIZE_OPTION.name, value);
}

/** A path the user gave that could not be used, with a one-line reason. */
export interface InputError {
  path: string;
  message: string;
}

export interface CollectedInputs {
  /** Files in argument order; each folder's `.txt` files sorted by path. */
  files: string[];
  errors: InputError[];
}

// Folders a recursive walk never enters: VCS metadata, editor state, installed packages.
function isSkippedFolder(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Files named directly are taken as they are; folders contribute their `.txt` files, recursively. */
export function collectInputs(paths: readonly string[]): CollectedInputs {
  const files: string[] = [];
  const errors: InputError[] = [];
  const seen = new Set<string>();
  const add = (file: string) => {
    const key = path.resolve(file);
    if (!seen.has(key)) {
      seen.add(key);
      files.push(file);
    }
  };
  for (const given of paths) {
    let stats: fs.Stats;
    try {
      stats = fs.statSync(given);
    } catch {
      errors.push({ path: given, message: 'no such file or directory' });
      continue;
    }
    if (!stats.isDirectory()) {
      add(given);
      continue;
    }
    const found = textFilesUnder(given);
    if (found.length === 0) errors.push({ path: given, message: 'folder contains no .txt files' });
    found.forEach(add);
  }
  return { files, errors };
}

function textFilesUnder(folder: string): string[] {
  const found: string[] = [];
  const visited = new Set<string>();
  const walk = (dir: string) => {
    const real = fs.realpathSync(dir);
    if (visited.has(real)) return; // a symlink loop
    visited.add(real);
    const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => compareCodeUnits(a.name, b.name));
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      const isDirectory = entry.isDirectory() || (entry.isSymbolicLink() && isDirectoryPath(full));
      if (isDirectory) {
        if (!isSkippedFolder(entry.name)) walk(full);
      } else if (entry.name.toLowerCase().endsWith('.txt')) {
        found.push(full);
      }
    }
  };
  walk(folder);
  return found;
}

function isDirectoryPath(file: string): boolean {
  try {
    return fs.statSync(file).isDirectory();
  } catch {
    return false;
  }
}

export type DecodeResult = { text: string } | { error: string };

/** Decodes a document's bytes, refusing binary data and invalid UTF-8. A leading BOM is dropped, as editors do. */
export function decodeDocument(bytes: Uint8Array): DecodeResult {
  if (bytes.includes(0)) return { error: 'looks like a binary file (contains NUL bytes)' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { error: 'is not valid UTF-8 text' };
  }
}

/** Reads one document, checking its size before loading it. */
export function readDocument(file: string, maxSize: number): DecodeResult {
  try {
    const size = fs.statSync(file).size;
    if (size > maxSize) {
      return { error: `is ${size} bytes, over the ${maxSize}-byte limit (raise it with --max-size)` };
    }
    return decodeDocument(fs.readFileSync(file));
  } catch (error) {
    return { error: `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})` };
  }
}

/**
 * Collects `paths` and hands each readable document to `use`, which returns an error message when it fails, else undefined.
 * Every failure becomes one `error: PATH: message` line on `reportError`; returns how many inputs failed.
 */
export function forEachDocument(
  paths: readonly string[],
  maxSize: number,
  reportError: (line: string) => void,
  use: (file: string, text: string) => string | undefined,
): number {
  const { files, errors } = collectInputs(paths);
  let failures = 0;
  const fail = (file: string, message: string) => {
    failures++;
    reportError(`error: ${file}: ${message}\n`);
  };
  errors.forEach((error) => fail(error.path, error.message));
  for (const file of files) {
    const document = readDocument(file, maxSize);
    const message = 'error' in document ? document.error : use(file, document.text);
    if (message) fail(file, message);
  }
  return failures;
}
