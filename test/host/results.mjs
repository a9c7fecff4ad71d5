// Waiting for and printing the in-host suite's results file.
import { existsSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

/** Resolves with the parsed results once the harness writes them; rejects on timeout or when the host dies. */
export async function waitForResults(resultsFile, { timeoutMs, hostExited }) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (existsSync(resultsFile)) return JSON.parse(readFileSync(resultsFile, 'utf8'));
    const exit = hostExited();
    if (exit) throw new Error(`code-server exited (${exit}) before the in-host suite reported`);
    await sleep(500);
  }
  throw new Error(`host never came up: no in-host results after ${Math.round(timeoutMs / 1000)} s ` +
    '(the harness extension writes them once the workbench has started)');
}

/** Prints the suite like mocha's spec reporter; returns its counts. */
export function printSuiteResults(results) {
  if (results.error) {
    console.log(`\nIn-host suite crashed (VS Code ${results.hostVersion}):\n${indent(results.error, 4)}`);
    return { passed: 0, failed: 1 };
  }
  console.log(`\nIn-host suite, VS Code ${results.hostVersion} (${results.total} tests, ${(results.durationMs / 1000).toFixed(1)} s):`);
  for (const test of results.passes) console.log(`  ✓ ${test.title} (${test.durationMs} ms)`);
  for (const title of results.pending) console.log(`  - ${title} (pending)`);
  for (const failure of results.failures) {
    console.log(`  ✗ ${failure.title}`);
    console.log(indent(failure.stack || failure.message, 6));
  }
  return { passed: results.passes.length, failed: results.failures.length };
}

export function indent(text, spaces) {
  const pad = ' '.repeat(spaces);
  return String(text).split('\n').map((line) => pad + line).join('\n');
}
