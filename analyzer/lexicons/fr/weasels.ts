import type { PhraseRule } from '../lexicon';

// Une source est invoquée, mais le lecteur ne peut pas l'identifier (TAXONOMIE : vague).
const rules: PhraseRule[] = [
  { pattern: "on (?:dit|raconte|affirme|estime|pense|murmure|prétend|assure|parle) (?:que|qu)", regex: true, reason: '« on dit que » : personne en particulier', example: 'On dit que le maire va démissionner.' },
  { pattern: "(?:certains|certaines|d'aucuns|beaucoup|d'autres|plusieurs) (?:observateurs |experts |analystes |spécialistes |commentateurs )?(?:affirment|estiment|disent|pensent|croient|assurent|jugent|craignent|soulignent|redoutent|soupçonnent|avancent)", regex: true, reason: '« certains affirment » : des gens non nommés', example: 'Certains affirment que le vote était truqué.' },
  { pattern: "de (?:nombreux|nombreuses) (?:observateurs|experts|analystes|spécialistes|voix|commentateurs|témoins|sources)", regex: true, reason: '« de nombreux observateurs » : des sources non nommées', example: "De nombreux observateurs jugent l'accord fragile." },
  { pattern: "il se (?:dit|murmure|raconte) (?:que|qu)", regex: true, reason: '« il se dit que » : une rumeur, sans source', example: 'Il se dit que le ministre partira.' },
  { pattern: "(?:des|les) (?:études|experts|spécialistes|analystes|observateurs) (?:montrent|estiment|affirment|jugent|soulignent|pensent|s'accordent)", regex: true, reason: '« des études montrent » : une source qui n\'est pas nommée', example: 'Des études montrent que le traitement fonctionne.' },
  { pattern: 'selon (?:certains|certaines|plusieurs|des) (?:sources|observateurs|experts|témoins|médias|informations|rumeurs)', regex: true, reason: '« selon des sources » : des sources non nommées', example: 'Selon des sources, le maire partira.' },
  { pattern: "il (?:a|avait|est|était) (?:(?:cependant|toutefois|également|aussi|déjà|en outre|par ailleurs|ainsi) )?(?:été )?(?:observé|constaté|établi|rapporté|signalé|noté|relevé|démontré|affirmé) (?:que|qu)", regex: true, reason: '« il a été observé que » : un constat sans personne pour le faire', example: 'Il a été observé que le pont vibrait.' },
  { pattern: 'dit-on', reason: '« dit-on » : un on-dit, personne en particulier', example: 'Le maire est malade, dit-on.' },
];
export default rules;
