// Installs code-server (VS Code in the browser) into .cache/code-server/, outside the
// extension's own dependencies, so tests and `npm start` can run a real VS Code.
// Idempotent: a completed install of the pinned version is reused.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** code-server 4.100.3 is VS Code 1.100.3, the newest release that runs on Node 20. */
export const CODE_SERVER_VERSION = '4.100.3';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const installDir = join(repoRoot, '.cache', 'code-server');
const completedMarker = join(installDir, `installed-${CODE_SERVER_VERSION}`);
export const codeServerEntry = join(installDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');

/** Returns the path of code-server's entry script, installing it first if needed. */
export function ensureCodeServer({ log = console.log } = {}) {
  execFileSync('bash', [join(repoRoot, 'scripts', 'install-debian-packages.sh')], { stdio: 'inherit' });
  if (existsSync(completedMarker) && existsSync(codeServerEntry)) return codeServerEntry;
  const started = Date.now();
  log(`Installing code-server ${CODE_SERVER_VERSION} into ${installDir} (about 1.5 minutes, once)...`);
  rmSync(installDir, { recursive: true, force: true });
  mkdirSync(installDir, { recursive: true });
  writeFileSync(join(installDir, 'package.json'), JSON.stringify({ private: true, description: 'Test host for Source Lens' }, null, 2));
  const temporaryDir = tmpdir();
  provideRipgrepArchive(temporaryDir);
  const result = spawnSync('npm', ['install', '--no-package-lock', '--no-save', '--no-audit', '--no-fund', `code-server@${CODE_SERVER_VERSION}`], {
    cwd: installDir,
    stdio: 'inherit',
    env: {
      ...process.env,
      TMPDIR: temporaryDir,
      // As root, code-server's postinstall refuses to run without unsafe-perm.
      npm_config_unsafe_perm: 'true',
      // A native module runs `npx node-gyp` with no terminal to answer the prompt.
      npm_config_yes: 'true',
    },
  });
  if (result.status !== 0 || !existsSync(codeServerEntry)) {
    throw new Error(`code-server ${CODE_SERVER_VERSION} failed to install (npm exit ${result.status}). ` +
      'Its native modules need the Debian packages in scripts/install-debian-packages.sh.');
  }
  writeFileSync(completedMarker, new Date().toISOString() + '\n');
  log(`code-server ${CODE_SERVER_VERSION} installed in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
  return codeServerEntry;
}

/**
 * @vscode/ripgrep downloads rg from a host that is unreachable here, but first looks
 * for a cached release archive; an archive holding the system's rg satisfies it.
 */
function provideRipgrepArchive(temporaryDir) {
  const archive = join(temporaryDir, 'vscode-ripgrep-cache-1.15.11', 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz');
  if (existsSync(archive)) return;
  const systemRipgrep = findOnPath('rg');
  if (!systemRipgrep) throw new Error('ripgrep (rg) is not installed; install the Debian package "ripgrep" (scripts/install-debian-packages.sh does).');
  mkdirSync(dirname(archive), { recursive: true });
  execFileSync('tar', ['-czf', archive, '-C', dirname(systemRipgrep), 'rg']);
}

function findOnPath(command) {
  const found = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() : undefined;
}

/** Reads the installed code-server's version, or undefined when it is not installed. */
export function installedCodeServerVersion() {
  const manifest = join(installDir, 'node_modules', 'code-server', 'package.json');
  return existsSync(manifest) ? JSON.parse(readFileSync(manifest, 'utf8')).version : undefined;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  ensureCodeServer();
  console.log(`code-server ${installedCodeServerVersion()} ready: ${codeServerEntry}`);
}
