// Browser-side helpers that drive the VS Code workbench the way a person would
// (keyboard and mouse), using the DOM hooks VS Code itself uses.

/** Resolves once the workbench has rendered and the Explorer shows the workspace. */
export async function waitForWorkbench(page, timeoutMs) {
  await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: timeoutMs });
  await page.locator('.part.statusbar').waitFor({ state: 'visible', timeout: timeoutMs });
}

/** Opens a workspace file with Quick Open (Ctrl+P) and waits for its editor tab. */
export async function openFile(page, relativePath) {
  const fileName = relativePath.split('/').pop();
  const activeTab = page.locator('.tab.active', { hasText: fileName });
  if (await activeTab.count()) return;
  await page.keyboard.press('Control+P');
  const quickInput = page.locator('.quick-input-widget');
  await quickInput.waitFor({ state: 'visible' });
  await page.keyboard.type(relativePath);
  await quickInput.locator('.monaco-list-row', { hasText: fileName }).first().waitFor();
  await page.keyboard.press('Enter');
  await activeTab.waitFor();
}

/**
 * Screen point of the character `offsetInSnippet` characters into the first occurrence of
 * `snippet` in the active editor's rendered text. Monaco splits a line into many spans and
 * a wrapped line into several `.view-line`s, so the visible lines are read in screen order.
 */
export async function pointInEditorText(page, snippet, offsetInSnippet = 0) {
  const point = await page.evaluate(
    ([wanted, offset]) => {
      const editor = document.querySelector('.editor-group-container.active .monaco-editor') ?? document.querySelector('.monaco-editor');
      const lines = [...(editor?.querySelectorAll('.view-lines .view-line') ?? [])]
        .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top);
      const nodes = [];
      let text = '';
      for (const line of lines) {
        const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (!node.textContent) continue;
          nodes.push({ node, start: text.length });
          text += node.textContent.replace(/\u00a0/g, ' ');
        }
      }
      const found = text.indexOf(wanted);
      if (found < 0) return null;
      const target = found + offset;
      const { node, start } = nodes.findLast((entry) => entry.start <= target);
      const range = document.createRange();
      range.setStart(node, target - start);
      range.setEnd(node, target - start + 1);
      const rect = range.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    },
    [snippet, offsetInSnippet],
  );
  if (!point) throw new Error(`text "${snippet}" is not visible in the active editor`);
  return point;
}

/** Waits until `snippet` is rendered in the active editor (after a reload the editor fills in late). */
export async function waitForEditorText(page, snippet, timeoutMs = 30_000, offsetInSnippet = 0) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await pointInEditorText(page, snippet, offsetInSnippet);
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await page.waitForTimeout(250);
    }
  }
}

/**
 * Hovers `snippet` in the active editor until a hover card containing `text` shows. Monaco shows
 * a hover once per approach and the extension may still be busy, so the mouse leaves and comes
 * back between attempts; `beforeAttempt` can bring the right editor to the front first.
 */
export async function hoverCard(page, snippet, text, { beforeAttempt = async () => {}, attempts = 8 } = {}) {
  for (let attempt = 1; ; attempt++) {
    try {
      await page.keyboard.press('Escape');
      await beforeAttempt();
      const { x, y } = await waitForEditorText(page, snippet, 5_000, Math.min(4, snippet.length - 1));
      await page.mouse.move(5, 5);
      await page.mouse.move(x - 20, y);
      await page.mouse.move(x, y, { steps: 5 });
      const card = page.locator('.monaco-hover', { hasText: text }).first();
      await card.waitFor({ state: 'visible', timeout: 5_000 });
      return card;
    } catch (error) {
      if (attempt >= attempts) throw error;
    }
  }
}
