// Verbs of saying, writing and reporting, in every finite form that follows a subject.
// Inflected from the base forms below; irregular forms are listed whole.
// 'point' counts only as "pointed out" / "pointed to", 'continue' only before a quote or a colon.
// Doubled consonants ("admitted", "quipped") are listed whole with the irregular forms.
// Rejected: 'show' (documents only: see document-verbs), 'speak' (no content clause), 'attack' (an action).

const REGULAR = `add acknowledge admit allege announce answer argue assert boast brag caution charge claim
complain concede confirm contend declare deny describe disclose emphasize emphasise estimate explain
insist maintain mention note observe predict proclaim promise pledge question recall recount reiterate
remark reply report respond reveal state stress suggest testify tweet post vow warn urge accuse
conclude complain counter quip retort signal indicate recommend acknowledge assure divulge
clarify concur criticize criticise demand dispute elaborate reckon ask call decline praise defend
reject cite echo chant propose discuss point continue interject joke lament muse quote scoff shout
snap yell exclaim acknowledge highlight underscore recommend`.split(/\s+/);

const IRREGULAR = `say says said saying tell tells told telling write writes wrote written writing
tweeted tweeting posted posting reiterated reiterating predicted predicting insisted insisting
testifies testified testifying denies denied denying replies replied replying
pointed-out admitted admitting quipped quipping snapped snapping signalled signalling regretted
regretting hailed hailing`.split(/\s+/);

/** English regular inflection: base, 3rd person -s, past -ed, present participle -ing. */
function inflect(base: string): string[] {
  const stem = base.endsWith('e') ? base.slice(0, -1) : base;
  const third = /(s|sh|ch|x|z)$/.test(base) ? `${base}es` : /[^aeiou]y$/.test(base) ? `${base.slice(0, -1)}ies` : `${base}s`;
  const past = base.endsWith('e') ? `${base}d` : /[^aeiou]y$/.test(base) ? `${base.slice(0, -1)}ied` : `${base}ed`;
  return [base, third, past, `${stem}ing`];
}

export default [...new Set([...REGULAR.flatMap(inflect), ...IRREGULAR])];
