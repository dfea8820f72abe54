import { test } from 'node:test';
import { checkBankPart } from './classifierBankFloors';

test('the bank (part 7 of 8), planned with the built-in model, stays above its floors for templates, domains and incidents', async () => {
  await checkBankPart(6, 8);
});
