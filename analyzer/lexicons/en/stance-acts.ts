// Beginnings of verbs of acts of stance ("rejected", "praised", "called for"): reported speech only
// with what was said when a hedge is in the sentence ("allegedly rejected the offer" is the claim).
export default ['reject', 'defend', 'prais', 'propos', 'discuss', 'call', 'critici', 'accus', 'demand',
  'disput', 'recommend', 'highlight', 'underscor', 'thank', 'question', 'urg', 'vow', 'pledg', 'promis',
  'counter'];
