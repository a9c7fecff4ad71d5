// Sidecar files on disk: where they live, reading without ever modifying a bad file, and
// atomic writes that first merge with whatever another writer saved meanwhile.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { randomBytes } from 'node:crypto';
import { Sidecar, emptySidecar, mergeSidecars, parseSidecar, serializeSidecar } from './sidecar';

export const SIDECAR_SUFFIX = '.annotations.json';

/**
 * `NAME.txt.annotations.json` beside the document, or in `annotationsFolder` (relative paths are
 * resolved against `root`) mirroring the document's path below `root`.
 */
export function sidecarPath(documentPath: string, annotationsFolder?: string, root?: string): string {
  if (!annotationsFolder) return documentPath + SIDECAR_SUFFIX;
  const base = root ?? path.dirname(documentPath);
  const folder = path.resolve(base, annotationsFolder);
  const relative = path.relative(base, documentPath);
  const inside = relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : path.basename(documentPath);
  return path.join(folder, inside + SIDECAR_SUFFIX);
}

export type SidecarFile =
  | { state: 'missing' }
  | { state: 'ok'; sidecar: Sidecar }
  | { state: 'invalid'; error: string };

export function readSidecarFile(file: string): SidecarFile {
  let json: string;
  try {
    json = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { state: 'missing' };
    return { state: 'invalid', error: `cannot read ${file}: ${(error as Error).message}` };
  }
  const parsed = parseSidecar(json);
  return parsed.ok ? { state: 'ok', sidecar: parsed.sidecar } : { state: 'invalid', error: `${file}: ${parsed.error}` };
}

/** Raised instead of writing over a sidecar we cannot read; the file stays as it was. */
export class UnreadableSidecarError extends Error {}

/**
 * Re-reads the file, merges `mine` into it (`base` = what we last read), and writes the result
 * atomically. Throws UnreadableSidecarError when the file on disk is not a sidecar we understand,
 * unless `overwrite` is set (the user chose to replace it).
 */
export function saveSidecar(file: string, mine: Sidecar, base: Sidecar | null, overwrite = false): Sidecar {
  const onDisk = readSidecarFile(file);
  if (onDisk.state === 'invalid' && !overwrite) throw new UnreadableSidecarError(onDisk.error);
  const theirs = onDisk.state === 'ok' ? onDisk.sidecar : emptySidecar(mine.document);
  const merged = mergeSidecars(onDisk.state === 'ok' ? base : null, mine, theirs);
  writeFileAtomic(file, serializeSidecar(merged));
  return merged;
}

/** Writes a temp file beside the target, then renames it over the target. */
export function writeFileAtomic(file: string, content: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    fs.writeFileSync(temp, content, 'utf8');
    fs.renameSync(temp, file);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
}
