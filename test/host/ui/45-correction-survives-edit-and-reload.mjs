// After the speaker correction of check 40, a user adds a paragraph above the quote, saves and
// reloads the window: the card still names the corrected speaker on the same quote, and an
// export of the document carries the correction.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hoverCard, openFile, pointInEditorText, waitForEditorText, waitForWorkbench } from '../workbench.mjs';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const QUOTE_START = 'I warned China';
const FIRST_BODY_PARAGRAPH = 'NATO has seen signs';
const ADDED_PARAGRAPH = 'Update added later by the desk.';

async function waitForFile(file, content, timeoutMs = 10_000) {
  for (const deadline = Date.now() + timeoutMs; !readFileSync(file, 'utf8').includes(content); ) {
    if (Date.now() > deadline) throw new Error(`saving did not write the edit to ${file}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

export default async function correctionSurvivesEditAndReload(page, ctx) {
  await openFile(page, ctx.seedFile);
  const { x, y } = await pointInEditorText(page, FIRST_BODY_PARAGRAPH);
  await page.mouse.click(x, y);
  await page.keyboard.press('Home');
  await page.keyboard.type(ADDED_PARAGRAPH);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await waitForEditorText(page, ADDED_PARAGRAPH, 5_000);
  await page.keyboard.press('Control+S');
  await waitForFile(join(ctx.workspace, ctx.seedFile), ADDED_PARAGRAPH);

  await page.reload();
  await waitForWorkbench(page, 60_000);
  // The workbench restores the editors the in-host suite left open, and one may take the focus.
  const card = await hoverCard(page, QUOTE_START, 'corrected by you', { beforeAttempt: () => openFile(page, ctx.seedFile), attempts: 20 });
  await waitForEditorText(page, ADDED_PARAGRAPH); // the edit survived the reload
  const text = await card.innerText();
  if (!/Said by\s+Wang Yi/.test(text) || !text.includes('I warned China')) {
    throw new Error(`after the edit and the reload, the card does not keep the correction on its quote:\n${text}`);
  }
  await ctx.screenshot('corrected-after-reload');
  await page.mouse.move(5, 5);

  const out = mkdtempSync(join(tmpdir(), 'source-lens-export-'));
  try {
    execFileSync(process.execPath, [join(repoRoot, 'dist', 'cli.js'), 'export', '--format', 'csv', '--out', out, join(ctx.workspace, ctx.seedFile)]);
    const row = readFileSync(join(out, 'quotes.csv'), 'utf8').split('\n').find((line) => line.includes('I warned China'));
    if (!row?.includes('Wang Yi')) throw new Error(`the CSV export lacks the corrected speaker: ${row}`);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
