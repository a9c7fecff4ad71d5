// npm run test:integration: installs the packaged .vsix into a real VS Code (code-server),
// runs the in-host mocha suite through the harness extension, then checks the UI in Chromium.
// Prints `N passed, N failed` last; exits non-zero if anything failed or nothing ran.
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { chromium } from 'playwright-core';
import { buildHarness } from '../test/host/build.mjs';
import { printSuiteResults, waitForResults } from '../test/host/results.mjs';
import { runUiChecks } from '../test/host/ui-checks.mjs';
import { waitForWorkbench } from '../test/host/workbench.mjs';
import { ensureCodeServer } from './install-code-server.mjs';
import { packageFolder, packageSourceLens, prepareProfile, repoRoot, startCodeServer } from './host.mjs';

/** From code-server's start to the harness starting the suite (it needs a browser connected). */
const HOST_TIMEOUT_MS = 180_000;
const SUITE_TIMEOUT_MS = 600_000;
const SEED_FILE = 'seeds/000_939248764b6c96bf.txt';
/** Debian's browser; playwright's own browser download is not reachable everywhere. */
const CHROMIUM = '/usr/bin/chromium';
const screenshotsDir = join(repoRoot, 'test-results');
const browserArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;
const started = Date.now();
const scratch = mkdtempSync(join(tmpdir(), 'source-lens-host-'));
const hostLog = [];
let host;
let browser;

async function cleanUp() {
  await browser?.close().catch(() => {});
  host?.stop();
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => cleanUp().finally(() => process.exit(130)));
}

function printHostLogTail() {
  const tail = hostLog.join('').trimEnd().split('\n').slice(-40);
  console.log(`\n--- code-server output (last ${tail.length} lines) ---\n${tail.join('\n')}\n---`);
  const logsDir = join(scratch, 'user-data', 'logs');
  const extensionHostLogs = (existsSync(logsDir) ? readdirSync(logsDir, { recursive: true, encoding: 'utf8' }) : [])
    .filter((file) => file.endsWith('remoteexthost.log'))
    .map((file) => join(logsDir, file));
  console.log(`Host profile, logs and workspace kept in ${scratch}`);
  if (extensionHostLogs.length) console.log(`Extension host log (activation errors, console output): ${extensionHostLogs.join(', ')}`);
}

async function main() {
  const vsix = packageSourceLens(join(scratch, 'source-lens.vsix'));
  const harnessDir = join(scratch, 'harness');
  const { suiteFiles } = await buildHarness(harnessDir);
  const harnessVsix = packageFolder(harnessDir, join(scratch, 'test-harness.vsix'));
  console.log(`Packaged Source Lens and the test harness (${suiteFiles} in-host test files) in ${seconds(started)}.`);

  const installStarted = Date.now();
  const codeServer = ensureCodeServer();
  const extensionsDir = join(scratch, 'extensions');
  const userDataDir = join(scratch, 'user-data');
  prepareProfile({ codeServer, extensionsDir, userDataDir, vsixFiles: [vsix, harnessVsix] });
  console.log(`code-server ready with both extensions installed in ${seconds(installStarted)}.`);

  // Tests run on a copy of the seeds so they never dirty the repository.
  const workspace = join(scratch, 'workspace');
  cpSync(join(repoRoot, 'seeds'), join(workspace, 'seeds'), { recursive: true });
  for (const file of readdirSync(join(workspace, 'seeds'))) chmodSync(join(workspace, 'seeds', file), 0o644);

  const resultsFile = join(scratch, 'results.json');
  const hostStarted = Date.now();
  host = await startCodeServer({
    codeServer, extensionsDir, userDataDir, folder: workspace,
    env: { SOURCE_LENS_TEST_RESULTS: resultsFile },
    onOutput: (text) => hostLog.push(text),
  });
  console.log(`code-server listening at ${host.url}; opening the workbench in Chromium...`);

  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install Debian's chromium package (scripts/install-debian-packages.sh does)`);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: browserArgs });
  const browserContext = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  // The web workbench's clipboard (e.g. "copy quote with attribution") is the browser's.
  await browserContext.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: host.url });
  const page = await browserContext.newPage();
  // One patient default for every wait in the browser checks: the machine may be busy.
  page.setDefaultTimeout(30_000);
  const browserConsole = [];
  page.on('console', (message) => browserConsole.push(`[${message.type()}] ${message.text()}`));
  await page.goto(host.workbenchUrl, { timeout: HOST_TIMEOUT_MS });
  await waitForWorkbench(page, HOST_TIMEOUT_MS).catch((error) => {
    throw new Error(`host never came up: the workbench did not load within ${HOST_TIMEOUT_MS / 1000} s (${error.message.split('\n')[0]})`);
  });

  const results = await waitForResults(resultsFile, {
    hostTimeoutMs: HOST_TIMEOUT_MS,
    suiteTimeoutMs: SUITE_TIMEOUT_MS,
    hostExited: () => host.child.exitCode ?? host.child.signalCode,
  });
  const suiteStartedAfter = (Date.now() - hostStarted - (results.durationMs ?? 0)) / 1000;
  console.log(`In-host suite reported ${seconds(hostStarted)} after code-server started (it began ${suiteStartedAfter.toFixed(1)} s after start).`);
  const suite = printSuiteResults(results);

  // Only this run's screenshots: stale ones would pass for results.
  mkdirSync(screenshotsDir, { recursive: true });
  for (const file of readdirSync(screenshotsDir)) if (file.endsWith('.png')) rmSync(join(screenshotsDir, file));
  const screenshots = [];
  const ctx = {
    seedFile: SEED_FILE,
    workspace,
    async screenshot(name) {
      const path = join(screenshotsDir, `${name}.png`);
      await page.screenshot({ path });
      screenshots.push(relative(repoRoot, path));
      return path;
    },
  };
  const ui = await runUiChecks(page, ctx);
  writeFileSync(join(screenshotsDir, 'browser-console.log'), browserConsole.join('\n') + '\n');
  console.log(`\nScreenshots: ${screenshots.join(', ') || 'none'} (browser console in test-results/browser-console.log)`);

  const noneRan = suite.passed + suite.failed === 0;
  if (noneRan) console.log('\nNo in-host tests ran: counted as a failure.');
  const passed = suite.passed + ui.passed;
  const failed = suite.failed + ui.failed + (noneRan ? 1 : 0);
  console.log(`Whole integration run took ${seconds(started)}.`);
  if (failed > 0) printHostLogTail();
  else rmSync(scratch, { recursive: true, force: true });
  console.log(`${passed} passed, ${failed} failed`);
  return failed === 0;
}

let succeeded = false;
try {
  succeeded = await main();
} catch (error) {
  console.error(`\nIntegration run failed: ${error?.message ?? error}`);
  if (host) printHostLogTail();
  if (browser) {
    const page = browser.contexts()[0]?.pages()[0];
    mkdirSync(screenshotsDir, { recursive: true });
    await page?.screenshot({ path: join(screenshotsDir, 'failed-run.png') }).then(
      () => console.error('Screenshot of the workbench: test-results/failed-run.png'),
      () => {},
    );
  }
  console.log('0 passed, 1 failed');
} finally {
  await cleanUp();
}
process.exit(succeeded ? 0 : 1);
