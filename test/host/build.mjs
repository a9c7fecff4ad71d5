// Builds the test-harness extension into a folder of its own (so parallel runs do not share
// it): its manifest, plus the harness, the @vscode/test-electron entry and the in-host suite
// (test/integration/**/*.test.ts) bundled into dist/.
import * as esbuild from 'esbuild';
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const hostDir = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(hostDir, '..', '..');
const harnessSource = join(hostDir, 'harness');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  logLevel: 'warning',
  // Mocha's parallel mode (unused in the host) resolves worker files at run time.
  logOverride: { 'require-resolve-not-external': 'silent' },
  external: ['vscode'],
};

/** Builds the harness extension into targetDir; the electron entry is targetDir/dist/electron-index.js. */
export async function buildHarness(targetDir) {
  const outDir = join(targetDir, 'dist');
  mkdirSync(outDir, { recursive: true });
  for (const file of ['package.json', 'README.md']) copyFileSync(join(harnessSource, file), join(targetDir, file));
  const integrationDir = join(repoRoot, 'test', 'integration');
  const suiteEntries = readdirSync(integrationDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.test.ts'))
    .map((file) => join(integrationDir, file));
  if (suiteEntries.length === 0) throw new Error('No in-host tests found under test/integration/.');
  await Promise.all([
    esbuild.build({ ...common, entryPoints: [join(harnessSource, 'src', 'extension.ts')], outfile: join(outDir, 'extension.js') }),
    esbuild.build({ ...common, entryPoints: [join(hostDir, 'electron-index.ts')], outfile: join(outDir, 'electron-index.js') }),
    esbuild.build({ ...common, entryPoints: suiteEntries, sourcemap: 'inline', outbase: integrationDir, outdir: join(outDir, 'suite') }),
  ]);
  return { suiteFiles: suiteEntries.length };
}
