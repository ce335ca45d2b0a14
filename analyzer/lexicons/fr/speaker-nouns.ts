// Personnes, fonctions et institutions qui peuvent parler : après « selon », un groupe nominal en
// minuscules n'est une source que si sa tête en fait partie (« selon le ministère », pas « selon les saisons »).
export default `ministre ministère porte-parole gouvernement président présidente présidence préfet préfète
préfecture parquet procureur procureure police gendarmerie armée syndicat syndicats direction directeur
directrice entreprise société groupe avocat avocate avocats maire mairie famille familles député députée
sénateur sénatrice juge juges tribunal cour justice agence institut organisation association ong
opposition office service services cabinet état-major commandant général chef cheffe patron patronne
secrétaire ambassade ambassadeur consulat hôpital médecin médecins université chercheur chercheuse
économiste professeur journal quotidien chaîne radio site magazine média fédération ligue club équipe
conseil commission comité régie préfecture collectif coordination parti mouvement campagne`.split(/\s+/);

// Têtes après « selon » qui ne sont jamais des sources : « selon les saisons », « selon les cas ».
export const nonSpeakerHeads = `saison saisons cas circonstances besoin besoins âge âges modèle modèles région régions
taille type heure heures moment moments goût goûts règle règles loi lois usage usages coutume ordre niveau niveaux
période périodes jour jours profil profils revenu revenus situation situations`.split(/\s+/);
