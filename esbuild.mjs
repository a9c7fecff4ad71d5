// Bundles the extension (for VS Code) and the command-line tools (for Node).
import * as esbuild from 'esbuild';
import { existsSync } from 'node:fs';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
};

const targets = [
  { entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { entryPoints: ['src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  { entryPoints: ['src/eval.ts'], outfile: 'dist/eval.js' },
  { entryPoints: ['test/bench/bench.ts'], outfile: 'dist/bench.js' },
].filter((target) => existsSync(target.entryPoints[0]));

const contexts = await Promise.all(targets.map((target) => esbuild.context({ ...common, ...target })));
if (watch) {
  await Promise.all(contexts.map((context) => context.watch()));
} else {
  await Promise.all(contexts.map((context) => context.rebuild()));
  await Promise.all(contexts.map((context) => context.dispose()));
}
