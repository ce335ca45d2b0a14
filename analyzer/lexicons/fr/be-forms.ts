// Formes d'« être » : l'auxiliaire du passif (« est accusé », « sera publié »).
export default ['est', 'sont', 'était', 'étaient', 'fut', 'furent', 'sera', 'seront', 'soit', 'soient'];
