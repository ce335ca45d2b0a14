// Formes verbales qui sont aussi des noms : un verbe seulement avant « que », un deux-points ou une
// citation, ou après un pronom (« une note », « le juge », « la critique »).
export default ['critique', 'juge', 'lance', 'avance', 'note', 'relève'];
