// « Aucun responsable n'a confirmé », « personne n'a dit » : personne n'est pas une source.
export default ['aucun', 'aucune', 'nul', 'nulle', 'personne'];
