// Mots en capitales qui ouvrent un paragraphe avec un deux-points sans nommer personne : dans une
// transcription (« M. DUPONT : ... »), l'étiquette est celui qui parle ; ceux-ci balisent la page
// (« MISE À JOUR : le pont a rouvert »). Comparés à l'étiquette entière, en minuscules.
// Rejected: « q » et « r » (une étiquette d'une lettre n'est jamais prise pour un nom).
export default ['mise à jour', 'actualisation', 'alerte', 'info', 'infos', 'urgent', 'direct', 'en direct',
  'vidéo', 'video', 'photo', 'photos', 'audio', 'lire aussi', 'à lire', 'a lire', 'à voir', 'voir aussi',
  'note', 'nb', 'n.b.', 'rectificatif', 'correction', 'précision', 'source', 'sources', 'exclusif',
  'analyse', 'tribune', 'opinion', 'entretien', 'décryptage', 'contexte', 'chronologie', 'repères',
  'à retenir', 'en bref', 'question', 'réponse', 'publicité', 'transcription', 'avertissement'];
