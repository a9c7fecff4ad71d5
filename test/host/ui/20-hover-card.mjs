// Hovering the seed's first quote (Stoltenberg's) with the mouse shows a card naming him.
import { openFile, pointInEditorText } from '../workbench.mjs';

export default async function hoverNamesSpeaker(page, ctx) {
  await openFile(page, ctx.seedFile);
  const { x, y } = await pointInEditorText(page, 'considering and possibly planning', 4);
  await page.mouse.move(x - 20, y);
  await page.mouse.move(x, y, { steps: 5 });
  const card = page.locator('.monaco-hover', { hasText: 'Jens Stoltenberg' });
  await card.first().waitFor({ state: 'visible' });
  await page.waitForTimeout(300); // let the card's fade-in finish before the screenshot
  await ctx.screenshot('hover');
  await page.mouse.move(5, 5);
}
