// npm run bench:editor: the editor benchmark in a real VS Code (opening a 1 MB document to its
// decorations, hover latency, re-decoration after an edit). Numbers, not pass/fail.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './host.mjs';

const output = join(repoRoot, 'test-results', 'editor-bench.json');
mkdirSync(join(repoRoot, 'test-results'), { recursive: true });
const run = spawnSync(process.execPath, [join(repoRoot, 'scripts', 'test-integration.mjs')], {
  stdio: 'inherit',
  env: { ...process.env, SOURCE_LENS_BENCH: output, SOURCE_LENS_TEST_GREP: 'Editor benchmark' },
});
if (run.status !== 0) process.exit(run.status ?? 1);
console.log(`\nEditor benchmark (${output}):\n${readFileSync(output, 'utf8')}`);
