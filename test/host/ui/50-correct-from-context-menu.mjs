// A user right-clicks inside a quote, opens the "Source Lens: Correct" submenu and marks the
// quote as a term; the hover card then calls it a term, corrected by you.
import { hoverCard, openFile, pointInEditorText } from '../workbench.mjs';

const QUOTE = 'not to lecture it';

/**
 * Right-clicks inside the quote and opens the submenu. The menu can be re-rendered while it
 * opens (the workbench is still settling after check 45's reload), so a detached menu is retried.
 */
async function openCorrectSubmenu(page, x, y) {
  for (let attempt = 0; ; attempt++) {
    try {
      await page.keyboard.press('Escape');
      await page.mouse.click(x, y);
      await page.mouse.click(x, y, { button: 'right' });
      const submenu = page.locator('.monaco-menu .action-label', { hasText: 'Source Lens: Correct' }).first();
      await submenu.waitFor({ state: 'visible', timeout: 10_000 });
      await submenu.hover({ timeout: 5_000 });
      const markAsTerm = page.locator('.monaco-menu .action-label', { hasText: 'Mark Quote as Term (Not Speech)' }).first();
      await markAsTerm.waitFor({ state: 'visible', timeout: 5_000 });
      return markAsTerm;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}

export default async function correctFromContextMenu(page, ctx) {
  await openFile(page, ctx.seedFile);
  const { x, y } = await pointInEditorText(page, QUOTE, 4);
  const markAsTerm = await openCorrectSubmenu(page, x, y);
  await ctx.screenshot('correct-context-menu');
  await markAsTerm.click();

  const card = await hoverCard(page, QUOTE, 'Term in quotes');
  const text = await card.innerText();
  if (!text.includes('corrected by you')) throw new Error(`the card does not say the quote was corrected:\n${text}`);
  await page.mouse.move(5, 5);
}
