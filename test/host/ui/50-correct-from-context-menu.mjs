// A user right-clicks inside a quote, opens the "Source Lens: Correct" submenu and marks the
// quote as a term; the hover card then calls it a term, corrected by you.
import { openFile, pointInEditorText } from '../workbench.mjs';

const QUOTE = 'not to lecture it';

export default async function correctFromContextMenu(page, ctx) {
  await openFile(page, ctx.seedFile);
  const { x, y } = await pointInEditorText(page, QUOTE, 4);
  await page.mouse.click(x, y);
  await page.mouse.click(x, y, { button: 'right' });
  const submenu = page.locator('.monaco-menu .action-label', { hasText: 'Source Lens: Correct' }).first();
  await submenu.waitFor({ state: 'visible', timeout: 10_000 });
  await submenu.hover();
  const markAsTerm = page.locator('.monaco-menu .action-label', { hasText: 'Mark Quote as Term (Not Speech)' }).first();
  await markAsTerm.waitFor({ state: 'visible', timeout: 10_000 });
  await ctx.screenshot('correct-context-menu');
  await markAsTerm.click();

  await page.mouse.move(x - 20, y);
  await page.mouse.move(x, y, { steps: 5 });
  const card = page.locator('.monaco-hover', { hasText: 'Term in quotes' }).first();
  await card.waitFor({ state: 'visible', timeout: 10_000 });
  const text = await card.innerText();
  if (!text.includes('corrected by you')) throw new Error(`the card does not say the quote was corrected:\n${text}`);
  await page.mouse.move(5, 5);
}
