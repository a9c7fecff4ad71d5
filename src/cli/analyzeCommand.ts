// `source-lens analyze`: analyze files and folders of seed documents, as JSON Lines or a readable report.
import { analyze } from '../core/analyze';
import { Command, UsageError } from './command';
import { formatReport, toJsonRecord } from './format';
import { forEachDocument, MAX_SIZE_OPTION, maxSizeOf } from './inputs';

export const analyzeCommand: Command = {
  name: 'analyze',
  summary: 'Find the quotes, speakers, entities and dates in plain-text articles (.txt files; folders are searched recursively).',
  operandsUsage: 'PATH...',
  options: [
    { name: 'json', description: 'print one JSON object per file (JSON Lines)' },
    MAX_SIZE_OPTION,
  ],
  run(args, io) {
    if (args.operands.length === 0) throw new UsageError('analyze needs at least one PATH');
    const maxSize = maxSizeOf(args);
    const asJson = args.flags.has('json');
    let analyzed = 0;
    const failures = forEachDocument(args.operands, maxSize, io.err, (file, text) => {
      let output: string;
      try {
        const analysis = analyze(text);
        output = asJson ? JSON.stringify(toJsonRecord(file, analysis)) + '\n' : (analyzed > 0 ? '\n' : '') + formatReport(file, text, analysis);
      } catch (error) {
        return `analysis failed (${error instanceof Error ? error.message : String(error)})`;
      }
      analyzed++;
      io.out(output);
      return undefined;
    });
    return failures > 0 ? 1 : 0;
  },
};
