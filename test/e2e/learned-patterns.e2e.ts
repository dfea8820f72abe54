// A project whose past runs keep asking about shipping costs: /patterns in the chat shows the
// candidate pattern with its runs, its button opens the proposed template in the Refactor Preview
// (nothing written until Apply), and once applied a differently worded request is planned from it.
// Local mode (no key): the runs are seeded by the engine, as earlier sessions would have left them.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { repoRoot } from '../../scripts/vscode-test/setup.mjs';
import { Orchestrator } from '../../src/core/orchestrator';
import { shippingRequestsReadAlike } from '../support/shippingRequests';
import { withShopWorkbench } from './support/fixtures';
import { eventually, OrchestratorUi } from './support/orchestratorUi';
import { stepLogger } from './support/steps';

const NAME = 'learned-patterns';
const log = (line: string): void => console.log(`[e2e:${NAME}] ${line}`);
// The trailing space closes the slash-command completion, which Enter would otherwise accept instead of sending.
const PATTERNS = '@orchestrator /patterns ';
const TEMPLATE = '.orchestrator/templates/learned-shipping.yaml';

test('/patterns → candidate with its runs → Refactor Preview → applied → a new wording is planned from the learned template', async () => {
  delete process.env.ANTHROPIC_API_KEY;
  const step = stepLogger(log);
  await withShopWorkbench({ name: NAME, log }, async ({ workbench, shop }) => {
    const ui = new OrchestratorUi(workbench);
    let shipping: string[] = [];

    await step('three earlier runs about shipping costs, planned as simple or complex', async () => {
      const engine = new Orchestrator({ workspaceRoot: shop.folder, builtinTemplatesDir: join(repoRoot, 'templates') });
      shipping = (await shippingRequestsReadAlike(engine)).requests;
      for (const request of shipping) {
        const handle = await engine.start(request, {}, new AbortController().signal);
        assert.equal((await handle.done).status, 'completed', request);
      }
    });

    await step('/patterns lists the candidate with the runs behind it and offers its template for review', async () => {
      await ui.openOrchestrator();
      await ui.pickOrchestratorModel();
      await ui.ask(PATTERNS);
      const response = ui.lastResponse();
      await response.getByRole('button', { name: 'Review template learned-shipping' }).waitFor({ state: 'visible', timeout: 60_000 });
      const text = await response.innerText();
      assert.match(text, /learned-shipping — 3 runs planned as/);
      for (const request of shipping) assert.ok(text.includes(request), `the run "${request}" is listed behind the candidate`);
      assert.equal(existsSync(join(shop.folder, TEMPLATE)), false, 'listing writes nothing');
      await workbench.screenshot('patterns-candidate');
    });

    await step('the button opens the template in the Refactor Preview; nothing is written until Apply', async () => {
      await ui.lastResponse().getByRole('button', { name: 'Review template learned-shipping' }).click();
      await ui.panel.locator('.monaco-list-row').first().waitFor({ state: 'visible', timeout: 30_000 });
      const files = await ui.previewFiles();
      assert.ok(files.some((file) => file.includes('learned-shipping.yaml')), `the preview lists the template: ${files.join(', ')}`);
      const states = await ui.previewCheckboxes().evaluateAll((toggles) => toggles.map((t) => t.getAttribute('aria-checked')));
      assert.ok(states.length > 0 && states.every((state) => state === 'false'), `the edit arrives unchecked: ${states.join(',')}`);
      assert.equal(existsSync(join(shop.folder, TEMPLATE)), false, 'the template is not written while it awaits review');
      await ui.checkAllPreviewFiles();
      await workbench.screenshot('patterns-refactor-preview');
      await ui.applyPreview();
      const saved = await eventually('the learned template on disk', () => (existsSync(join(shop.folder, TEMPLATE)) ? shop.read(TEMPLATE) : ''), (text) => text.includes('id: learned-shipping'));
      for (const request of shipping) assert.ok(saved.includes(`  - ${request}`), `"${request}" is one of its examples`);
    });

    await step('a request about shipping worded differently is planned from the learned template', async () => {
      await ui.ask('@orchestrator /plan change shipping fees for Ireland');
      const response = ui.lastResponse();
      await response.getByText(/Template: learned-shipping@1\.0\.0/).waitFor({ state: 'visible', timeout: 60_000 });
      await ui.waitForResponseDone();
      await workbench.screenshot('patterns-planned');
    });

    await step('/patterns now lists it as learned, with the runs it was learned from', async () => {
      await ui.ask(PATTERNS);
      const response = ui.lastResponse();
      await response.getByText(/Learned patterns/).waitFor({ state: 'visible', timeout: 60_000 });
      await ui.waitForResponseDone();
      const text = await response.innerText();
      assert.match(text, /learned-shipping — Shipping \(learned\), 3 examples/);
      assert.doesNotMatch(text, /Review template learned-shipping/);
    });
  });
});
