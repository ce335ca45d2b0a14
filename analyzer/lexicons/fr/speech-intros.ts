// Prépositions qui ouvrent un nom de parole avant une virgule : « Dans un communiqué, X », « Lors d'une conférence, X ».
export default ['dans', 'lors', 'au', 'durant', 'pendant'];
