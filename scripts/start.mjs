// npm start: builds Source Lens and opens seeds/ in a real VS Code with it loaded.
// Uses desktop VS Code (`code`) when it is on PATH; otherwise code-server on localhost,
// staying in the foreground until Ctrl+C.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ensureCodeServer } from './install-code-server.mjs';
import { packageSourceLens, prepareProfile, repoRoot, run, startCodeServer } from './host.mjs';

const seedsDir = join(repoRoot, 'seeds');

function hasDesktopCode() {
  return spawnSync('sh', ['-c', 'command -v code'], { stdio: 'ignore' }).status === 0;
}

if (hasDesktopCode()) {
  run('npm', ['run', '--silent', 'build']);
  const args = [`--extensionDevelopmentPath=${repoRoot}`, seedsDir];
  run('code', args);
  console.log(`Started desktop VS Code: code ${args.join(' ')}`);
} else {
  // A persistent profile, so settings and layout survive restarts; the fresh .vsix replaces the old one.
  const profileDir = join(repoRoot, '.cache', 'start');
  const vsix = packageSourceLens(join(profileDir, 'source-lens.vsix'));
  const codeServer = ensureCodeServer();
  const extensionsDir = join(profileDir, 'extensions');
  const userDataDir = join(profileDir, 'user-data');
  prepareProfile({ codeServer, extensionsDir, userDataDir, vsixFiles: [vsix] });
  const host = await startCodeServer({
    codeServer, extensionsDir, userDataDir, folder: seedsDir,
    port: Number(process.env.PORT ?? 0),
    onOutput: (text) => process.stdout.write(text),
  });
  console.log(`\n  Source Lens is running in VS Code (code-server) with seeds/ open:\n\n    ${host.workbenchUrl}\n\n  Open that URL in a browser. Press Ctrl+C to stop.\n`);
  const stop = () => {
    host.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  host.child.on('exit', (code, signal) => {
    console.log(`code-server stopped (${code ?? signal}).`);
    process.exit(code ?? 1);
  });
}
