// extensionTestsPath entry for @vscode/test-electron: runs the same in-host suite as the
// code-server harness and fails the run when any test fails or none ran.
import { join } from 'node:path';
import * as vscode from 'vscode';
import { runSuite } from './suite-runner';

export async function run(): Promise<void> {
  const results = await runSuite(join(__dirname, 'suite'), vscode.version);
  if (results.failures.length > 0) throw new Error(`${results.failures.length} of ${results.total} in-host tests failed.`);
  if (results.passes.length === 0) throw new Error('No in-host tests ran.');
}
