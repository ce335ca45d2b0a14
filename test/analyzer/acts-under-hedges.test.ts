import { describe, expect, test } from 'vitest';
import { articleFromText } from '../../analyzer/article';
import { analyze } from '../../analyzer/index';

const labelOf = (text: string) => analyze(articleFromText(text), { lang: 'en' }).sentences.at(-1)?.label;

// An act reported under a hedge is the hedged claim itself: its actor is not a source (TAXONOMY rule 3
// speaks of sources of the claim, not of the people it is about).
describe('acts and infinitives are not sources', () => {
  test.each([
    ['The company allegedly rejected the offer.', 'hedged'],
    ["The port's management is believed to have rejected the union's offer.", 'hedged'],
    ["The port's owners are said to have rejected the plan.", 'hedged'],
    ['The pupils wrote a letter.', 'unattributed'],
    // a quotation far before the verb, in another clause, is not what was written
    ['The sign read “Closed”, and in the morning the pupils of the village school wrote a letter.', 'unattributed'],
  ])('negative: %s → %s', (text, label) => {
    expect(labelOf(text)).toBe(label);
  });

  test.each([
    ['Smith rejected claims that he lied.', 'attributed'],
    ['The minister allegedly said the talks had failed.', 'attributed'],
    ['Quiet days are over, Jane Smith wrote.', 'attributed'],
    // the quotation before the speaker is what was written, whatever follows the verb
    ['“The ferry will stop in winter,” Jane Smith wrote in 2019.', 'attributed'],
    ['“The ferry will stop in winter,” the harbour master wrote on the port’s website last week.', 'attributed'],
  ])('positive: %s → %s', (text, label) => {
    expect(labelOf(text)).toBe(label);
  });
});
