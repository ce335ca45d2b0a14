// Mots qui comptent des personnes ou en font une part : un sujet qui commence par l'un d'eux est une part
// d'un groupe, personne en particulier (règle 9) : « Douze pour cent des électeurs estiment », « près de
// huit Français sur dix disent ». Les approximations avant un nombre y sont aussi (« près », « environ »).
// Rejetés : 'un', 'une' (« un responsable a dit » est déjà une description indéfinie).
export default `deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize vingt trente quarante
cinquante soixante cent cents centaines mille milliers dizaines moitié tiers quart près presque environ`.split(/\s+/);
