// npm run bench:editor: the editor benchmark in a real VS Code (opening a 1 MB document to its
// decorations, hover latency, re-decoration after edits). Numbers, not pass/fail.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './host.mjs';

const output = join(repoRoot, 'test-results', 'editor-bench.json');
mkdirSync(join(repoRoot, 'test-results'), { recursive: true });
rmSync(output, { force: true });
const run = spawnSync(process.execPath, [join(repoRoot, 'scripts', 'test-integration.mjs')], {
  stdio: 'inherit',
  env: { ...process.env, SOURCE_LENS_BENCH: output, SOURCE_LENS_TEST_GREP: 'Editor benchmark' },
});
// The numbers stand even when an unrelated browser check of the same run failed.
if (existsSync(output)) console.log(`\nEditor benchmark (${output}):\n${readFileSync(output, 'utf8')}`);
if (run.status !== 0) process.exit(run.status ?? 1);
