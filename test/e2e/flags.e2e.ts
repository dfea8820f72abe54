// No coordinator is asked the same question twice (#10 item 4): "Review the security of product
// search and its results page" plans backend, database, frontend, infrastructure and security side by side (test/fake-api/scenarios/security.yaml); security
// raises a SECURITY_BREACH about the query backend has already reported. Nobody is asked again:
// the flag is marked covered, the run turns critical and the incident is documented.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { withShopWorkbench } from './support/fixtures';
import { OrchestratorUi } from './support/orchestratorUi';
import { stepLogger } from './support/steps';

const NAME = 'flags';
const log = (line: string): void => console.log(`[e2e:${NAME}] ${line}`);

test('a flag about what a coordinator already reported is covered: each coordinator is asked once', async () => {
  const step = stepLogger(log);
  await withShopWorkbench({ name: NAME, log, scenario: 'security.yaml' }, async ({ workbench, api }) => {
    const ui = new OrchestratorUi(workbench);

    await step('ask for a security review: the breach is covered, not sent back', async () => {
      await ui.openOrchestrator();
      await ui.pickOrchestratorModel();
      await ui.ask('@orchestrator Review the security of product search and its results page');
      await ui.waitForAnswer();
      const asked = api.requests.filter((r) => r.path === '/v1/messages').map((r) => r.coordinator);
      assert.deepEqual([...asked].sort(), ['backend', 'database', 'frontend', 'infrastructure', 'security', 'synthesis'], `each coordinator once: ${asked.join(', ')}`);
      await ui.maximizeChat();
      const response = ui.lastResponse();
      await response.getByText('Product search is vulnerable to SQL injection and should be fixed before anything else.').waitFor({ state: 'visible' });
      await ui.expandSteps();
      await response.getByText(/⚑ SECURITY_BREACH from security: covered, backend (already reported|had security's finding)/).waitFor({ state: 'visible' });
      await workbench.screenshot('chat-flag-covered');
      await ui.restoreChat();
    });

    await step('the tree shows one delegation per coordinator, the incident documented, the run critical and completed', async () => {
      await ui.treeItem(/^Review the security of product search and its results page completed/).waitFor({ state: 'visible', timeout: 30_000 });
      const rows = await ui.sidebar.getByRole('treeitem').evaluateAll((items) => items.map((item) => item.getAttribute('aria-label') ?? ''));
      assert.deepEqual(rows.filter((row) => /Delegate to|Follow up with/.test(row) && /completed$/.test(row)).map((row) => row.replace(/ coordinator.*/, '')), [
        '5. Delegate to backend', '6. Delegate to database', '7. Delegate to frontend', '8. Delegate to infrastructure', '9. Delegate to security',
      ]);
      assert.ok(rows.some((row) => /^9a\. Document the incident in modules\/security\.md, completed/.test(row)), rows.join('\n'));
      await ui.progress().getByText(/completed · critical/).waitFor({ state: 'visible', timeout: 30_000 });
      await workbench.screenshot('tree-flag-covered');
    });
  });
});
