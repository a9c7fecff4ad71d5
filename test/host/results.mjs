// Waiting for and printing the in-host suite's results file.
import { existsSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Resolves with the parsed results once the harness writes them. Fails when the host does not
 * start the suite within hostTimeoutMs, the suite does not finish within suiteTimeoutMs, or
 * code-server exits.
 */
export async function waitForResults(resultsFile, { hostTimeoutMs, suiteTimeoutMs, hostExited }) {
  const waitFor = async (file, timeoutMs, timeoutMessage) => {
    const deadline = Date.now() + timeoutMs;
    while (!existsSync(file)) {
      const exit = hostExited();
      if (exit) throw new Error(`code-server exited (${exit}) before the in-host suite reported`);
      if (Date.now() > deadline) throw new Error(timeoutMessage);
      await sleep(500);
    }
  };
  if (!existsSync(resultsFile)) {
    await waitFor(`${resultsFile}.started`, hostTimeoutMs, `host never came up: the harness extension did not start the in-host suite within ${hostTimeoutMs / 1000} s`);
  }
  await waitFor(resultsFile, suiteTimeoutMs, `the in-host suite started but did not finish within ${suiteTimeoutMs / 1000} s`);
  return JSON.parse(readFileSync(resultsFile, 'utf8'));
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
    console.log(indent(withoutRunnerFrames(failure.stack || failure.message), 6));
  }
  return { passed: results.passes.length, failed: results.failures.length };
}

/** Drops stack frames inside mocha (bundled into the harness) and Node, which say nothing about the test. */
function withoutRunnerFrames(stack) {
  return stack.split('\n').filter((line) => !/test-harness-[\d.]+\/dist\/extension\.js:|\(node:internal\//.test(line)).join('\n');
}

export function indent(text, spaces) {
  const pad = ' '.repeat(spaces);
  return String(text).split('\n').map((line) => pad + line).join('\n');
}
