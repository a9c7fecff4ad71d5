// The Source Lens view in the activity bar lists the seed's people.
import { openFile } from '../workbench.mjs';

const people = ['Jens Stoltenberg', 'Anthony Blinken', 'Wang Yi', 'Joe Biden'];

export default async function sidebarListsPeople(page, ctx) {
  await openFile(page, ctx.seedFile);
  const container = page.locator('.activitybar .action-item .action-label[aria-label^="Source Lens"]');
  await container.first().click({ timeout: 10_000 });
  const sidebar = page.locator('.part.sidebar');
  const peopleGroup = sidebar.locator('.monaco-list-row', { hasText: 'People' }).first();
  await peopleGroup.waitFor({ timeout: 15_000 });
  if ((await peopleGroup.getAttribute('aria-expanded')) === 'false') await peopleGroup.click();
  for (const person of people) {
    await sidebar.locator('.monaco-list-row', { hasText: person }).first().waitFor({ timeout: 10_000 });
  }
  await ctx.screenshot('sidebar');
}
