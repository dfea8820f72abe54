// A vague request planned with /plan: the chat says which template was chosen and why, says the
// classifier is unsure, and one click on the offered button plans the same request with the other
// template. Local mode (no key): the classifier alone decides, so the answer is deterministic.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { withShopWorkbench } from './support/fixtures';
import { OrchestratorUi } from './support/orchestratorUi';
import { stepLogger } from './support/steps';

const NAME = 'plan-explained';
const log = (line: string): void => console.log(`[e2e:${NAME}] ${line}`);

test('/plan explains its template and a low-confidence plan offers the other one in one click', async () => {
  delete process.env.ANTHROPIC_API_KEY;
  const step = stepLogger(log);
  await withShopWorkbench({ name: NAME, log }, async ({ workbench }) => {
    const ui = new OrchestratorUi(workbench);
    let alternative = '';
    let localChoice = '';

    await step('/plan of a vague request: template, why, and "low confidence" with a button', async () => {
      await ui.openOrchestrator();
      await ui.pickOrchestratorModel();
      await ui.ask('@orchestrator /plan Look at the checkout');
      const response = ui.lastResponse();
      await response.getByText(/Low confidence/).waitFor({ state: 'visible', timeout: 60_000 });
      await ui.waitForResponseDone();
      const text = await response.innerText();
      // Which template a vague request leans to is the model's call; the reply names it and offers the runner-up.
      localChoice = /Template: (\w+)@\d+\.\d+\.\d+, confidence 0\.\d\d; runner-up \w+/.exec(text)?.[1] ?? '';
      assert.ok(localChoice, text);
      assert.match(text, /resembles "/);
      alternative = /this request could also be (\w+)\./.exec(text)?.[1] ?? '';
      assert.ok(alternative, text);
      await workbench.screenshot('plan-low-confidence');
    });

    await step('one click on "Plan as …" plans the same request with that template', async () => {
      await ui.lastResponse().getByRole('button', { name: `Plan as ${alternative}` }).click();
      const response = ui.lastResponse();
      await response.getByText(/chosen with --template/).waitFor({ state: 'visible', timeout: 60_000 });
      // The headline shows before the reasons have streamed: read the reply once it is complete.
      await ui.waitForResponseDone();
      const text = await response.innerText();
      assert.match(text, new RegExp(`Template: ${alternative}@\\d+\\.\\d+\\.\\d+, chosen with --template`));
      assert.ok(text.includes(`the classifier would have chosen ${localChoice}`), text);
      assert.doesNotMatch(text, /Low confidence/);
      await workbench.screenshot('plan-other-template');
    });
  });
});
