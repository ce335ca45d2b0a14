// Prépositions devant un lieu ou une institution, non une personne : « a parlé aux journalistes à
// Rennes. Il a dit : » — « Il » n'est pas Rennes. Un nom après l'une d'elles n'est pas l'antécédent
// d'un pronom plus loin (règle 6).
// Rejected: « de », « par », « avec », « pour » (une personne les suit aussi souvent : « une lettre de
// Claire Dubois »).
export default ['à', 'en', 'au', 'aux', 'dans', 'près', 'devant'];
