// Prépositions : un groupe qui commence par l'une d'elles n'est personne (« par le biais de »).
// 'on' too: « on » alone is not read as a speaker here; « dit-on » and « on dit » are weasel rules.
export default ['à', 'de', 'par', 'pour', 'sur', 'dans', 'avec', 'sous', 'chez', 'vers', 'on'];
