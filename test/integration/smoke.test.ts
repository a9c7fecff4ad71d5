import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

describe('Host smoke test', () => {
  it('runs inside VS Code 1.100', () => {
    assert.match(vscode.version, /^1\.100\./);
  });

  it('has Source Lens installed, and it activates', async () => {
    const extension = vscode.extensions.getExtension('source-lens.source-lens');
    assert.ok(extension, 'extension source-lens.source-lens is not installed in the host');
    await extension.activate();
    assert.equal(extension.isActive, true);
  });
});
