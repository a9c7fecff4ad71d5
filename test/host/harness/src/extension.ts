// Test-harness extension for the code-server host: when SOURCE_LENS_TEST_RESULTS names a
// file, runs the in-host suite once the workbench has started and writes the results there.
import { existsSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { runSuite } from '../../suite-runner';

export function activate(context: vscode.ExtensionContext): void {
  const resultsFile = process.env.SOURCE_LENS_TEST_RESULTS;
  // Once per run: a browser check that reloads the window starts a new extension host, and a
  // second suite run there would open editors and write files under the checks' hands.
  if (!resultsFile || existsSync(`${resultsFile}.started`)) return;
  // Tells the runner the host is up, so a slow suite is not mistaken for a host that never started.
  writeFileSync(`${resultsFile}.started`, vscode.version);
  runSuite(join(context.extensionPath, 'dist', 'suite'), vscode.version)
    .then(
      (results) => writeResults(resultsFile, results),
      (error: unknown) => writeResults(resultsFile, { hostVersion: vscode.version, error: String((error as Error)?.stack ?? error) }),
    );
}

/** Written atomically: the runner treats the file's appearance as "done". */
function writeResults(resultsFile: string, results: object): void {
  const partialFile = `${resultsFile}.partial`;
  writeFileSync(partialFile, JSON.stringify(results, null, 2));
  renameSync(partialFile, resultsFile);
}
