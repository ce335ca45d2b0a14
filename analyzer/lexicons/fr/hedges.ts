import type { PhraseRule } from '../lexicon';

// L'affirmation est présentée comme rapportée ou incertaine, sans source (TAXONOMIE : hedged).
// Le conditionnel de reprise sans source (« auraient fui ») est une règle à part (reportive-conditional).
// Rejetés : 'peut-être' (modalité, pas reprise), 'sans doute' (certitude de l'auteur).
const rules: PhraseRule[] = [
  { pattern: 'prétendument', reason: '« prétendument » : présenté comme prétendu, sans auteur', example: 'Il aurait prétendument fui.' },
  { pattern: 'présumée?s?', regex: true, reason: '« présumé » : une accusation sans source', example: 'Le présumé meurtrier a été arrêté.' },
  { pattern: 'probablement', reason: '« probablement » : une supposition, sans source', example: 'Le bilan est probablement plus lourd.' },
  { pattern: 'vraisemblablement', reason: '« vraisemblablement » : une supposition, sans source', example: 'Le navire a vraisemblablement coulé.' },
  { pattern: 'selon toute vraisemblance', reason: '« selon toute vraisemblance » : une supposition, sans source', example: 'Selon toute vraisemblance, le convoi est reparti.' },
  { pattern: 'apparemment', reason: '« apparemment » : une apparence, sans source', example: 'Le suspect a apparemment pris la fuite.' },
  { pattern: 'il sembl(?:e|erait|ait) (?:que|qu)', regex: true, reason: '« il semblerait que » : une impression, sans source', example: "Il semblerait que l'usine ait fermé." },
  { pattern: 'semble-t-il', reason: '« semble-t-il » : une impression, sans source', example: "L'usine a fermé, semble-t-il." },
  { pattern: 'paraît-il', reason: '« paraît-il » : un on-dit, sans source', example: 'Le maire démissionnerait, paraît-il.' },
  { pattern: "(?:à|a) en croire (?:certaines |des )?(?:rumeurs|informations)", regex: true, reason: '« à en croire des rumeurs » : des rumeurs, sans source', example: 'À en croire des rumeurs, le maire partira.' },
  { pattern: "(?:est|sont|était|étaient|a été|ont été|serait|seraient) (?:soupçonnée?s?|accusée?s?)(?= (?:de|d['’]))", regex: true, reason: '« est accusé de » : une accusation, sans son auteur', example: "Le maire est soupçonné d'avoir falsifié les comptes." },
];
export default rules;
