// Opening the sample seed shows Source Lens decorations on its quotes.
import { openFile } from '../workbench.mjs';

export default async function editorShowsDecorations(page, ctx) {
  await openFile(page, ctx.seedFile);
  const editor = page.locator('.editor-group-container.active .monaco-editor');
  await editor.locator('.view-line', { hasText: 'We have not seen any lethal aid' }).first().waitFor({ timeout: 15_000 });
  // Extension decorations render as `ced-*` classes on the text spans.
  await editor.locator('.view-lines span[class*="ced-"]').first().waitFor({ timeout: 15_000 });
  await page.waitForTimeout(500);
  await ctx.screenshot('editor-decorations');
}
