// Runs the browser checks in test/host/ui/*.mjs, in file-name order. Each module's default
// export is `async (page, ctx) => {}` and throws to fail; a failure screenshot is kept.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { indent } from './results.mjs';

const checksDir = join(dirname(fileURLToPath(import.meta.url)), 'ui');

export async function runUiChecks(page, ctx) {
  const files = readdirSync(checksDir).filter((file) => file.endsWith('.mjs')).sort();
  console.log(`\nBrowser checks (${files.length}):`);
  let passed = 0;
  let failed = 0;
  for (const file of files) {
    const name = file.replace(/\.mjs$/, '');
    const started = Date.now();
    // Start clean: hide toasts and widgets left by the in-host suite or an earlier check.
    await page.keyboard.press('Escape');
    try {
      const { default: check } = await import(pathToFileURL(join(checksDir, file)).href);
      await check(page, ctx);
      passed++;
      console.log(`  ✓ ${name} (${Date.now() - started} ms)`);
    } catch (error) {
      failed++;
      console.log(`  ✗ ${name}\n${indent(error?.stack ?? error, 6)}`);
      await ctx.screenshot(`failed-${name}`).catch(() => {});
    }
  }
  return { passed, failed };
}
