// Adjectifs placés avant le nom, sautés pour trouver la tête : « un haut responsable » → « responsable »
// (French only: an English head is found from the right).
export default ['haut', 'haute', 'hauts', 'hautes', 'ancien', 'ancienne', 'anciens', 'nouveau', 'nouvelle',
  'nouveaux', 'premier', 'première', 'autre', 'autres', 'seul', 'seule', 'grand', 'grande', 'petit',
  'petite', 'ex'];
