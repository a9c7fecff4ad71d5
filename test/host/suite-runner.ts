// Runs the in-host mocha suite (bundled test/integration/**/*.test.ts) inside a VS Code
// extension host. Shared by the code-server harness extension and the @vscode/test-electron index.
import Mocha from 'mocha';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface TestOutcome {
  title: string;
  durationMs: number;
}

export interface TestFailure {
  title: string;
  message: string;
  stack: string;
}

export interface SuiteResults {
  hostVersion: string;
  total: number;
  passes: TestOutcome[];
  failures: TestFailure[];
  pending: string[];
  durationMs: number;
}

/**
 * Runs every `*.test.js` under suiteDir with mocha (BDD) and collects the outcome.
 * SOURCE_LENS_TEST_GREP, when set, runs only the tests whose full title matches it.
 */
export function runSuite(suiteDir: string, hostVersion: string): Promise<SuiteResults> {
  const mocha = new Mocha({
    ui: 'bdd',
    reporter: 'spec',
    color: false,
    // Generous: the host shares a slow machine and the first analysis warms up the engine.
    timeout: 30_000,
    grep: process.env.SOURCE_LENS_TEST_GREP || undefined,
  });
  const testFiles = readdirSync(suiteDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.test.js'))
    .sort();
  for (const file of testFiles) mocha.addFile(join(suiteDir, file));

  const started = Date.now();
  const results: SuiteResults = { hostVersion, total: 0, passes: [], failures: [], pending: [], durationMs: 0 };
  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run(() => {
        results.total = results.passes.length + results.failures.length + results.pending.length;
        results.durationMs = Date.now() - started;
        resolve(results);
      });
      runner.on('pass', (test) => results.passes.push({ title: test.fullTitle(), durationMs: test.duration ?? 0 }));
      runner.on('pending', (test) => results.pending.push(test.fullTitle()));
      runner.on('fail', (test, error: Error) =>
        results.failures.push({ title: test.fullTitle(), message: String(error?.message ?? error), stack: String(error?.stack ?? '') }),
      );
    } catch (error) {
      reject(error);
    }
  });
}
