import type { PhraseRule } from '../lexicon';

// The claim is presented as reported or uncertain, with no source (TAXONOMY: hedged).
// Rejected: 'apparently' (often the writer's own inference from what is shown), 'may'/'could' (modality,
// not reporting), 'likely' (a forecast, stated as the writer's).
const rules: PhraseRule[] = [
  { pattern: 'reportedly', reason: '"reportedly": presented as reported, with no source', example: 'The minister reportedly resigned.' },
  { pattern: 'allegedly', reason: '"allegedly": an allegation, with no one making it', example: 'He allegedly took the money.' },
  { pattern: 'purportedly', reason: '"purportedly": presented as claimed, with no one claiming it', example: 'The letter was purportedly signed by him.' },
  { pattern: 'supposedly', reason: '"supposedly": presented as claimed, with no one claiming it', example: 'The plant was supposedly closed.' },
  { pattern: 'rumou?red', regex: true, reason: '"rumoured": a rumour, with no source', example: 'She is rumoured to be leaving.' },
  { pattern: '(?:is|are|was|were|has been|have been|had been) (?:widely |also |now )?(?:said|believed|thought|understood|alleged|reported|rumou?red|claimed|suspected|expected|feared) to', regex: true, reason: '"is said to": presented as reported, with no source', example: 'He is said to have fled the country.' },
  { pattern: '(?:reports|rumou?rs|accounts) (?:suggest|say|said|indicate|indicated|claim|claimed)', regex: true, reason: '"reports suggest": a report, unnamed', example: 'Reports suggest the talks have stalled.' },
  { pattern: 'it (?:is|was|has been) (?:reported|alleged|rumou?red|claimed)', regex: true, reason: '"it is reported": presented as reported, with no source', example: 'It was reported that the plant had closed.' },
  { pattern: 'unconfirmed reports?', regex: true, reason: '"unconfirmed reports": a report, unnamed and unchecked', example: 'Unconfirmed reports put the toll at 40.' },
  { pattern: '(?:is|are|was|were|has been|have been|had been) (?:suspected|accused) of', regex: true, reason: '"is accused of": an accusation, without its accuser', example: 'The mayor is suspected of falsifying the accounts.' },
  { pattern: 'according to (?:(?:media|press|local|news|television|tv|wire|state|unconfirmed|initial|early|some|several|various|other) ){0,3}reports', regex: true, reason: '"according to reports": reports, unnamed', example: 'According to reports, the talks have stalled.' },
  { pattern: 'there (?:are|were) (?:reports|claims|suggestions|indications|signs) that', regex: true, reason: '"there are reports": reports, unnamed and unchecked', example: 'There are reports that the border is closed.' },
];
export default rules;
