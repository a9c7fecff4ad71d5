// Bundles the test-harness extension, the @vscode/test-electron entry and the in-host
// suite (test/integration/**/*.test.ts) into test/host/harness/dist/.
import * as esbuild from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const hostDir = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(hostDir, '..', '..');
export const harnessDir = join(hostDir, 'harness');
const outDir = join(harnessDir, 'dist');

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

export async function buildHarness() {
  rmSync(outDir, { recursive: true, force: true });
  const integrationDir = join(repoRoot, 'test', 'integration');
  const suiteEntries = readdirSync(integrationDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.test.ts'))
    .map((file) => join(integrationDir, file));
  if (suiteEntries.length === 0) throw new Error('No in-host tests found under test/integration/.');
  await Promise.all([
    esbuild.build({ ...common, entryPoints: [join(harnessDir, 'src', 'extension.ts')], outfile: join(outDir, 'extension.js') }),
    esbuild.build({ ...common, entryPoints: [join(hostDir, 'electron-index.ts')], outfile: join(outDir, 'electron-index.js') }),
    esbuild.build({ ...common, entryPoints: suiteEntries, sourcemap: 'inline', outbase: integrationDir, outdir: join(outDir, 'suite') }),
  ]);
  return { suiteFiles: suiteEntries.length };
}
