// Entry point of the engine: text in, Analysis out. (Placeholder until the engine lands.)
import { ANALYSIS_VERSION, Analysis, AnalyzeOptions } from './model';

export function analyze(_text: string, _options: AnalyzeOptions = {}): Analysis {
  return {
    version: ANALYSIS_VERSION,
    header: {
      title: null, titleSpan: null, author: null, authorSpan: null,
      date: null, dateText: null, dateSpan: null, hasDateField: false, bodyStart: 0,
    },
    quotes: [],
    entities: [],
    dates: [],
    diagnostics: [],
  };
}
