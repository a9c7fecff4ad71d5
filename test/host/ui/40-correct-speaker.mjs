// A user corrects a speaker from the hover card: clicks "Speaker…", picks another person in the
// quick pick, and the card then says "corrected by you"; the sidecar file holds the correction.
// Runs last on the throwaway workspace, so the correction does not disturb other checks.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { hoverCard, openFile } from '../workbench.mjs';

const QUOTE_START = 'I warned China'; // short: the line wraps right after it

export default async function correctSpeakerFromHover(page, ctx) {
  const sidecar = join(ctx.workspace, `${ctx.seedFile}.annotations.json`);
  await openFile(page, ctx.seedFile);

  const card = await hoverCard(page, QUOTE_START, 'Speaker…');
  await card.locator('a', { hasText: 'Speaker…' }).click();
  const quickInput = page.locator('.quick-input-widget');
  await quickInput.waitFor({ state: 'visible', timeout: 10_000 });
  await page.keyboard.type('Wang Yi');
  await quickInput.locator('.monaco-list-row', { hasText: 'Wang Yi' }).first().waitFor({ timeout: 10_000 });
  await page.keyboard.press('Enter');
  await quickInput.waitFor({ state: 'hidden', timeout: 10_000 });

  await page.mouse.move(5, 5);
  const corrected = await hoverCard(page, QUOTE_START, 'corrected by you');
  const text = await corrected.innerText();
  if (!/Said by\s+Wang Yi/.test(text)) throw new Error(`the card does not name the corrected speaker:\n${text}`);
  await page.waitForTimeout(300);
  await ctx.screenshot('corrected-speaker');
  await page.mouse.move(5, 5);

  if (!existsSync(sidecar)) throw new Error(`no sidecar written at ${sidecar}`);
  const saved = JSON.parse(readFileSync(sidecar, 'utf8'));
  const speakers = saved.corrections.map((c) => c.speaker?.name);
  if (!speakers.includes('Wang Yi')) throw new Error(`the sidecar lacks the correction: ${JSON.stringify(saved)}`);
}
