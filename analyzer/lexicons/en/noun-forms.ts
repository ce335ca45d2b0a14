// Verb forms that are also nouns: a verb only before "that", a colon or a quote, or after a pronoun
// ("raised fears that" is a noun, "officials fear that" a verb).
export default ['report', 'reports', 'claim', 'claims', 'note', 'notes', 'post', 'posts', 'tweet', 'tweets',
  'state', 'states', 'charge', 'charges', 'question', 'questions', 'promise', 'promises', 'estimate',
  'estimates', 'remark', 'remarks', 'signal', 'signals', 'counter', 'counters', 'brief', 'briefs', 'demand',
  'demands', 'dispute', 'disputes', 'answer', 'answers', 'reply', 'replies', 'quote', 'quotes', 'pledge',
  'pledges', 'vow', 'vows', 'caution', 'cautions', 'boast', 'boasts', 'recall', 'recalls', 'mention',
  'mentions', 'urge', 'urges', 'stress', 'stresses', 'release', 'releases', 'find', 'finds', 'doubt',
  'doubts', 'fear', 'fears', 'expect', 'consider', 'maintains'];
