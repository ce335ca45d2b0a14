import type { Lexicon } from '../lexicon';

// Phrases qui ne sont pas des affirmations à sourcer. Motifs ancrés sur la phrase entière.
const rules: Lexicon['notClaims'] = [
  { code: 'byline', pattern: '^(?:par|propos recueillis par|texte)\\s+\\p{Lu}[^.!?]{0,80}$', regex: true, reason: 'une signature', example: 'Par Jeanne Dupont' },
  { code: 'byline', pattern: '^\\(?avec (?:afp|reuters|ap|l\'afp)\\)?\\.?$', regex: true, reason: "une mention d'agence", example: 'Avec AFP' },
  { code: 'dateline', pattern: '^(?:(?:article|dernière|première) )?(?:publié|publiée|mis à jour|modifié|modifiée|actualisé|actualisée|mise à jour|créé|créée)(?![\\p{L}\\p{N}])(?:[^.!?]|\\.(?=\\d)){0,80}\\.?$', regex: true, reason: 'une date de publication', example: 'Publié le 3 mars 2024 à 10h12' },
  { code: 'dateline', pattern: '^\\p{Lu}{2,}[\\p{L}\\d ,.\'’()/-]{0,80}[-—–]\\s*$', regex: true, caseSensitive: true, reason: 'une ligne de date et de lieu', example: 'KASTRIN (Velmora), 14 avril (Dépêche) -' },
  { code: 'caption', pattern: '^\\(?(?:photo|illustration|image|crédits?|vidéo|légende)s?\\s*(?:de)?\\s*[:©]', regex: true, reason: "une légende ou un crédit d'image", example: 'Photo : Jeanne Dupont / Agence' },
  { code: 'caption', pattern: '(?:afp photo|getty images|\\(afp\\)|©)\\W*$', regex: true, reason: "un crédit d'image", example: 'Des manifestants sur la place. AFP PHOTO' },
  { code: 'related-link', pattern: '^(?:>>|»»|→|►|▶)\\s*\\S', regex: true, reason: 'un lien vers un autre article', example: '>> Le dossier complet sur la digue' },
  { code: 'caption', pattern: '^(?:de gauche à droite|ci-dessus|ci-dessous|en haut|en bas|à gauche|à droite)\\s*[,:]', regex: true, reason: 'une légende', example: 'De gauche à droite : le maire, la préfète et le capitaine du port.' },
  { code: 'call-to-action', pattern: '^(?:lire aussi|à lire aussi|voir aussi|abonnez-vous|inscrivez-vous|suivez-nous|partagez|cliquez|découvrez|regardez|écoutez|téléchargez|retrouvez|pour aller plus loin|publicité|newsletter)(?![\\p{L}\\p{N}])', regex: true, reason: 'un appel à l\'action', example: 'Lire aussi : le dossier complet' },
  { code: 'call-to-action', pattern: '^["“«]?\\s?suivez [^.!?]{1,60} sur (?:twitter|x|facebook|instagram|threads|bluesky|mastodon|linkedin|tiktok|youtube)(?![\\p{L}\\p{N}])[^.!?]{0,40}[.!]?\\s?["”»]?$', regex: true, reason: 'une invitation à suivre l\'auteur', example: 'Suivez Jeanne Dupont sur Twitter @jdupont.' },
  { code: 'boilerplate', pattern: "(?:tous droits réservés|cet article est réservé aux abonnés|vous avez lu \\d+ ?% de cet article|la suite est réservée aux abonnés|politique de confidentialité)", regex: true, reason: 'un texte du site', example: 'Cet article est réservé aux abonnés.' },
];
export default rules;
