import { test } from 'node:test';
import { checkBankPart } from './classifierBankFloors';

test('the bank (half 2 of 2), planned with the built-in model, stays above its floors for templates, domains and incidents', async () => {
  await checkBankPart(1, 2);
});
