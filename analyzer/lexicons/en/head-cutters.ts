// English heads are the last word before a modifier: "people familiar with the matter" → "people"
// (French heads come first: see prenominal adjectives).
export default ['by', 'of', 'for', 'at', 'in', 'with', 'from', 'on', 'inside', 'within', 'among', 'like',
  'including', 'familiar', 'close', 'briefed', 'knowledgeable', 'who', 'which', 'that', 'whose', 'speaking',
  'involved', 'based'];
