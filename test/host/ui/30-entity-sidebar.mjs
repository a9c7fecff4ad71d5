// The Source Lens container in the activity bar shows the seed's people in its Entities view.
import { openFile } from '../workbench.mjs';

const people = ['Jens Stoltenberg', 'Anhelina Sheremet', 'Anthony Blinken', 'Wang Yi', 'Joe Biden'];

export default async function sidebarListsPeople(page, ctx) {
  await openFile(page, ctx.seedFile);
  const container = page.locator('.activitybar .action-item .action-label[aria-label^="Source Lens"]');
  await container.first().click();
  const entitiesView = page.locator('.part.sidebar .pane', { has: page.locator('.pane-header', { hasText: 'Entities' }) });
  const peopleGroup = entitiesView.locator('.monaco-list-row', { hasText: 'People' }).first();
  await peopleGroup.waitFor();
  if ((await peopleGroup.getAttribute('aria-expanded')) === 'false') await peopleGroup.click();
  for (const person of people) {
    await entitiesView.locator('.monaco-list-row', { hasText: person }).first().waitFor();
  }
  // Away from the activity bar, and past the tooltip's hide delay, so nothing covers the tree.
  await page.mouse.move(700, 850);
  await page.waitForTimeout(800);
  await ctx.screenshot('sidebar');
}
