// Shared by `npm start` and `npm run test:integration`: package the extension, install
// .vsix files into a code-server profile, and run code-server on localhost.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const vsceBin = join(repoRoot, 'node_modules', '@vscode', 'vsce', 'vsce');

/** Editor settings for a clean, quiet profile: no welcome page, no update or telemetry traffic. */
const quietSettings = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'update.mode': 'none',
  // seeds/ sits inside this repository: no prompt to open the parent git repository.
  'git.openRepositoryInParentFolders': 'never',
};

/** Runs a command in the foreground; throws with its name when it fails. */
export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: repoRoot, stdio: 'inherit', ...options });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal})`);
}

/** Builds and packages Source Lens with `npm run package` into vsixPath. */
export function packageSourceLens(vsixPath) {
  run('npm', ['run', '--silent', 'package', '--', '--out', vsixPath]);
  return vsixPath;
}

/** Packages the extension folder `folder` (already built) into `vsixPath`. */
export function packageFolder(folder, vsixPath) {
  run(process.execPath, [vsceBin, 'package', '--no-dependencies', '--allow-missing-repository', '--skip-license', '--out', vsixPath], {
    cwd: folder,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return vsixPath;
}

/** code-server flags that keep everything, its config file too, inside the profile's folders. */
function profileArgs(extensionsDir, userDataDir) {
  return ['--extensions-dir', extensionsDir, '--user-data-dir', userDataDir, '--config', join(userDataDir, 'config.yaml')];
}

/** code-server keeps its own logs and heartbeat under XDG_DATA_HOME: keep them in the profile, not in ~. */
function profileEnv(userDataDir) {
  return { ...process.env, XDG_DATA_HOME: join(userDataDir, 'xdg-data') };
}

/** A code-server profile: where extensions and user data live. */
export function prepareProfile({ codeServer, extensionsDir, userDataDir, vsixFiles }) {
  const settingsFile = join(userDataDir, 'User', 'settings.json');
  // Written once: in the lasting `npm start` profile the user's own settings then survive.
  if (!existsSync(settingsFile)) {
    mkdirSync(dirname(settingsFile), { recursive: true });
    writeFileSync(settingsFile, JSON.stringify(quietSettings, null, 2));
  }
  const installArgs = vsixFiles.flatMap((vsix) => ['--install-extension', vsix]);
  run(process.execPath, [codeServer, ...profileArgs(extensionsDir, userDataDir), ...installArgs, '--force'], {
    env: profileEnv(userDataDir),
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

/**
 * Starts code-server on 127.0.0.1 (port 0 picks a free one) with `folder` open and resolves
 * once it listens. Output goes to `onOutput`; `stop()` ends code-server and its children.
 */
export function startCodeServer({ codeServer, extensionsDir, userDataDir, folder, port = 0, env = {}, onOutput = () => {} }) {
  const args = [
    codeServer,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--disable-workspace-trust',
    '--disable-telemetry',
    '--disable-update-check',
    ...profileArgs(extensionsDir, userDataDir),
    folder,
  ];
  // Its own process group, so stop() reaches the extension host and other children too.
  const child = spawn(process.execPath, args, { env: { ...profileEnv(userDataDir), ...env }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const stop = () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  };
  return new Promise((resolvePromise, reject) => {
    let output = '';
    const timer = setTimeout(() => fail(new Error('code-server did not start listening within 60 s')), 60_000);
    const fail = (error) => {
      clearTimeout(timer);
      stop();
      reject(error);
    };
    const onData = (chunk) => {
      const text = chunk.toString();
      onOutput(text);
      if (output === null) return;
      output += text;
      const listening = /HTTP server listening on (http:\/\/[\d.]+:\d+)\//.exec(output);
      if (listening) {
        output = null;
        clearTimeout(timer);
        resolvePromise({ url: listening[1], child, stop, workbenchUrl: `${listening[1]}/?folder=${encodeURIComponent(folder).replace(/%2F/g, '/')}` });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code, signal) => {
      if (output !== null) fail(new Error(`code-server exited before listening (${code ?? signal})`));
    });
  });
}
