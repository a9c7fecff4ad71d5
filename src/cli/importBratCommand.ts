// `source-lens import-brat`: turn a reviewed brat `.ann` file into corrections in the document's sidecar.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../core/analyze';
import { importBrat } from '../core/brat';
import { applyCorrections } from '../core/corrections';
import { emptySidecar, withCorrection } from '../core/sidecar';
import { readSidecarFile, saveSidecar, sidecarPath } from '../core/sidecarFiles';
import { Command, UsageError } from './command';
import { MAX_SIZE_OPTION, maxSizeOf, readDocument } from './inputs';

export const importBratCommand: Command = {
  name: 'import-brat',
  summary: 'Record the differences between a brat .ann file (e.g. reviewed in brat or INCEpTION) and the analysis as corrections in the sidecar.',
  operandsUsage: 'TEXT.txt ANNOTATIONS.ann',
  options: [
    { name: 'annotations-folder', valueName: 'DIR', description: 'where the NAME.txt.annotations.json sidecars are (default: beside each document)' },
    MAX_SIZE_OPTION,
  ],
  run(args, io) {
    if (args.operands.length !== 2) throw new UsageError('import-brat needs the text file and its .ann file');
    const [textFile, annFile] = args.operands;
    const read = readDocument(textFile, maxSizeOf(args));
    if ('error' in read) {
      io.err(`error: ${textFile}: ${read.error}\n`);
      return 1;
    }
    const sidecarFile = sidecarPath(path.resolve(textFile), args.values.get('annotations-folder'), process.cwd());
    const onDisk = readSidecarFile(sidecarFile);
    if (onDisk.state === 'invalid') {
      io.err(`error: ${onDisk.error} (left untouched; fix or remove it first)\n`);
      return 1;
    }
    const existing = onDisk.state === 'ok' ? onDisk.sidecar : emptySidecar(path.basename(textFile));
    let imported;
    try {
      const current = applyCorrections(read.text, analyze(read.text), existing.corrections).analysis;
      imported = importBrat(read.text, current, fs.readFileSync(annFile, 'utf8'));
    } catch (error) {
      io.err(`error: ${annFile}: ${(error as Error).message}\n`);
      return 1;
    }
    const mine = imported.reduce((sidecar, correction) => withCorrection(sidecar, read.text, correction), existing);
    saveSidecar(sidecarFile, mine, onDisk.state === 'ok' ? onDisk.sidecar : null);
    io.out(`imported ${imported.length} correction${imported.length === 1 ? '' : 's'} into ${sidecarFile}\n`);
    return 0;
  },
};
