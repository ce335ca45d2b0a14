// Têtes de groupe nominal qui n'identifient personne : « une source », « des témoins ».
// Rejetés : 'porte-parole' (« le porte-parole du ministère » parle à visage découvert ; « un porte-parole »
// est anonyme par l'article indéfini).
export default `source sources témoin témoins expert experts observateur observateurs responsable responsables
analyste analystes spécialiste spécialistes proche proches habitant habitants diplomate diplomates
militant militants membre membres conseiller conseillers collaborateur collaborateurs personne
personnes gens certains plusieurs beaucoup d'aucuns entourage interlocuteur interlocuteurs
élu élus cadre cadres officiel officiels autorités enquêteurs médias rumeurs voix`.split(/\s+/);
