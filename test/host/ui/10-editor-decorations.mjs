// Opening the sample seed shows Source Lens decorations on its quotes.
import { openFile } from '../workbench.mjs';

export default async function editorShowsDecorations(page, ctx) {
  await openFile(page, ctx.seedFile);
  await page.locator('.editor-group-container.active .monaco-editor .view-line', { hasText: 'We have not seen' }).first().waitFor();
  // Extension decorations render with `ced-*` classes: inline spans on the text (colour,
  // underline) or boxes in the overlay layer behind it (background, border).
  await page.waitForFunction(
    () => [...document.querySelectorAll('.editor-group-container.active .monaco-editor [class*="ced-"]')]
      .some((element) => element.getBoundingClientRect().width > 0),
  );
  await ctx.screenshot('editor-decorations');
}
