// Titres et civilités devant un nom : « M. Fabius », « le président Macron » sont une seule personne.
export default ['m.', 'mme', 'mme.', 'mlle', 'me', 'maître', 'président', 'présidente', 'ministre',
  'premier', 'première', 'maire', 'juge', 'général', 'sénateur', 'sénatrice', 'député', 'députée', 'le',
  'la', 'les', "l'"];
