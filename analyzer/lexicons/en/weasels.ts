import type { PhraseRule } from '../lexicon';

// A source is claimed, but the reader cannot identify it (TAXONOMY: vague).
const rules: PhraseRule[] = [
  { pattern: 'it is (?:widely |generally |commonly )?(?:believed|thought|said|understood|known|accepted|claimed|argued) that', regex: true, reason: '"it is believed": a belief with no one holding it', example: 'It is believed that the vote was rigged.' },
  { pattern: '(?:some|many|most|few|others) (?:people |observers |critics |experts |analysts )?(?:say|said|believe|believed|think|thought|argue|argued|claim|claimed|suggest|suggested|feel|felt|contend|insist|worry|fear)', regex: true, reason: '"some say": unnamed people', example: 'Some say the plan is doomed.' },
  { pattern: '(?:studies|research|experts|scientists|polls|surveys|data|evidence|analysts|economists|critics|observers) (?:have |has )?(?:show|shows|shown|showed|suggest|suggests|suggested|say|said|agree|agreed|believe|warn|warned|argue|argued|note|noted|found)', regex: true, reason: '"studies show": a source that is not named', example: 'Studies show the drug works.' },
  { pattern: '(?:sources|insiders|people) (?:close to|familiar with|briefed on|with knowledge of)', regex: true, reason: '"people familiar with": unnamed insiders', example: 'People familiar with the matter said the deal was off.' },
  { pattern: 'critics (?:say|said|argue|argued|contend|charge|charged)', regex: true, reason: '"critics argue": unnamed critics', example: 'Critics argue the law goes too far.' },
  { pattern: '(?:it has been|has been|it was) (?:suggested|argued|claimed|said|observed|noted|found|shown|established) that', regex: true, reason: '"it has been suggested": a claim with no one making it', example: 'It has been suggested that the data was altered.' },
];
export default rules;
