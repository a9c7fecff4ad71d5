// npm run test:electron: the same in-host suite in desktop VS Code, downloaded by
// @vscode/test-electron. CI uses the code-server host instead (npm run test:integration),
// because desktop VS Code cannot be downloaded there.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runTests } from '@vscode/test-electron';
import { repoRoot, run } from '../../scripts/host.mjs';
import { buildHarness } from './build.mjs';

run('npm', ['run', '--silent', 'build']);
const scratch = mkdtempSync(join(tmpdir(), 'source-lens-electron-'));
const harnessDir = join(scratch, 'harness');
await buildHarness(harnessDir);
const workspace = join(scratch, 'workspace');
cpSync(join(repoRoot, 'seeds'), join(workspace, 'seeds'), { recursive: true });

try {
  await runTests({
    version: '1.100.3',
    extensionDevelopmentPath: repoRoot,
    extensionTestsPath: join(harnessDir, 'dist', 'electron-index.js'),
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust'],
  });
} catch (error) {
  console.error(`\ntest:electron failed: ${error?.message ?? error}`);
  console.error('It needs to download VS Code desktop 1.100.3 (into .vscode-test/). Where that host is unreachable, ' +
    'use `npm run test:integration`, which runs the same suite in code-server.');
  process.exitCode = 1;
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
