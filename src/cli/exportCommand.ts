// `source-lens export`: analyze documents, apply the corrections of their sidecars, and write
// them in an interchange format.
import * as path from 'node:path';
import { analyze } from '../core/analyze';
import { Analysis } from '../core/model';
import { applyCorrections } from '../core/corrections';
import { EXPORT_FORMATS, ExportDocument, ExportFormat, exportDocuments } from '../core/export';
import { readSidecarFile, sidecarPath, writeFileAtomic } from '../core/sidecarFiles';
import { Command, UsageError } from './command';
import { forEachDocument, MAX_SIZE_OPTION, maxSizeOf } from './inputs';

export const exportCommand: Command = {
  name: 'export',
  summary: 'Export articles with your corrections applied, as our JSON, W3C Web Annotation JSON-LD, brat standoff or a CSV of quotes.',
  operandsUsage: 'PATH...',
  options: [
    { name: 'format', valueName: 'FORMAT', description: `one of ${EXPORT_FORMATS.join(', ')} (required)` },
    { name: 'out', valueName: 'DIR', description: 'folder to write into (default: the current folder)' },
    { name: 'annotations-folder', valueName: 'DIR', description: 'where the NAME.txt.annotations.json sidecars are (default: beside each document)' },
    MAX_SIZE_OPTION,
  ],
  run(args, io) {
    const format = args.values.get('format');
    if (!format) throw new UsageError(`export needs --format (${EXPORT_FORMATS.join(', ')})`);
    if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
      throw new UsageError(`unknown format '${format}'; expected one of ${EXPORT_FORMATS.join(', ')}`);
    }
    if (args.operands.length === 0) throw new UsageError('export needs at least one PATH');
    const out = path.resolve(args.values.get('out') ?? '.');
    const annotationsFolder = args.values.get('annotations-folder');
    const corrected: { file: string; text: string; analysis: Analysis }[] = [];
    const failures = forEachDocument(args.operands, maxSizeOf(args), io.err, (file, text) => {
      // Sidecar paths are relative to the current folder, as they are to the workspace in the editor.
      const sidecar = readSidecarFile(sidecarPath(path.resolve(file), annotationsFolder, process.cwd()));
      if (sidecar.state === 'invalid') return `not exported, its corrections cannot be read: ${sidecar.error}`;
      const result = applyCorrections(text, analyze(text), sidecar.state === 'ok' ? sidecar.sidecar.corrections : []);
      result.orphaned.forEach(({ correction, reason }) => io.err(`warning: ${file}: correction ${correction.id} (${correction.kind}) not applied: ${reason}\n`));
      corrected.push({ file: path.resolve(file), text, analysis: result.analysis });
      return undefined;
    });
    const base = commonFolder(corrected.map((document) => document.file));
    const documents: ExportDocument[] = corrected.map(({ file, text, analysis }) => ({
      name: path.relative(base, file).split(path.sep).join('/'),
      text,
      analysis,
    }));
    if (documents.length > 0) {
      for (const exported of exportDocuments(documents, format as ExportFormat)) {
        const destination = path.join(out, exported.name);
        // brat wants the text beside the .ann; never rewrite a source document onto itself.
        if (corrected.some((document) => document.file === destination)) continue;
        writeFileAtomic(destination, exported.content);
      }
      io.out(`exported ${documents.length} document${documents.length === 1 ? '' : 's'} as ${format} to ${out}\n`);
    }
    return failures > 0 ? 1 : 0;
  },
};

/** The deepest folder containing every file, so exported names stay unique and relative. */
function commonFolder(files: readonly string[]): string {
  if (files.length === 0) return process.cwd();
  const [first, ...rest] = files.map((file) => path.dirname(file).split(path.sep));
  let length = 0;
  while (length < first.length && rest.every((folder) => folder[length] === first[length])) length++;
  return first.slice(0, length).join(path.sep) || path.sep;
}
