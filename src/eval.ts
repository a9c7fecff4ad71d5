// `npm run eval -- GOLD.jsonl [--worst N] [--json]`: scores the engine's quotes and speakers against a gold set.
import { readFileSync } from 'node:fs';
import { analyze } from './core/analyze';
import { ArticleScore, GoldArticle, scoreArticle, summarize, worstArticles } from './core/evaluate';

const USAGE = 'usage: eval GOLD.jsonl [--worst N] [--json]';

interface Options {
  file: string;
  worst: number;
  json: boolean;
}

function parseArguments(args: string[]): Options {
  const options: Options = { file: '', worst: 10, json: false };
  for (let index = 0; index < args.length; index++) {
    const arg = args[index];
    if (arg === '--json') options.json = true;
    else if (arg === '--worst') options.worst = Number(args[++index]);
    else if (arg.startsWith('-')) throw new Error(`unknown option ${arg}\n${USAGE}`);
    else options.file = arg;
  }
  if (!options.file || !Number.isInteger(options.worst) || options.worst < 0) throw new Error(USAGE);
  return options;
}

function readGold(file: string): GoldArticle[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, index) => {
      try {
        return JSON.parse(line) as GoldArticle;
      } catch {
        throw new Error(`${file}:${index + 1}: not a JSON line`);
      }
    });
}

function percent(value: number): string {
  return `${(value * 100).toFixed(1)}%`;
}

function printTable(scores: ArticleScore[], worst: number, elapsedMs: number, bytes: number): void {
  const summary = summarize(scores);
  const { counts } = summary;
  const rows: [string, string, string][] = [
    ['detection recall', percent(summary.detectionRecall), `${counts.detected}/${counts.goldSpeech} gold speech quotes found`],
    ['attribution precision', percent(summary.precision), `${counts.predictedCorrect}/${counts.predictedWithSpeaker} predicted speakers right`],
    ['attribution recall', percent(summary.recall), `${counts.speakerCorrect}/${counts.goldWithSpeaker} gold quotes with the right speaker`],
    ['attribution F1', summary.f1.toFixed(3), ''],
    ['speaker accuracy', percent(summary.speakerAccuracy), `${counts.speakerCorrect}/${counts.detectedWithSpeaker} detected quotes`],
  ];
  console.log(`${summary.articles} articles, ${(bytes / 1048576).toFixed(2)} MiB analyzed in ${elapsedMs.toFixed(0)} ms\n`);
  for (const [name, value, detail] of rows) console.log(`${name.padEnd(22)} ${value.padStart(7)}  ${detail}`);
  const worstScores = worstArticles(scores, worst);
  if (worstScores.length === 0) return;
  console.log(`\nworst ${worstScores.length} articles:`);
  for (const score of worstScores) {
    console.log(`\n${score.id} (${score.errors.length} errors)`);
    for (const error of score.errors) {
      console.log(`  ${error.kind.padEnd(15)} gold: ${error.goldSpeaker ?? '—'} | predicted: ${error.predictedSpeaker ?? '—'}\n    ${error.snippet}`);
    }
  }
}

function main(): void {
  const options = parseArguments(process.argv.slice(2));
  const gold = readGold(options.file);
  const started = performance.now();
  let bytes = 0;
  const scores = gold.map((article) => {
    bytes += Buffer.byteLength(article.text);
    return scoreArticle(article, analyze(article.text).quotes);
  });
  const elapsedMs = performance.now() - started;
  if (options.json) {
    console.log(JSON.stringify({ summary: summarize(scores), worst: worstArticles(scores, options.worst) }));
  } else {
    printTable(scores, options.worst, elapsedMs, bytes);
  }
}

try {
  main();
} catch (error) {
  console.error(`eval: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
