// Sujets de troisième personne qui renvoient à une source nommée plus haut (TAXONOMIE, règle 6).
export const subject = ['il', 'elle', 'ils', 'elles', 'celui-ci', 'celle-ci', 'ce dernier', 'cette dernière'];
// Après « selon » / « d'après » : « selon lui ».
export const object = ['lui', 'elle', 'eux', 'elles'];
// L'auteur à la première personne n'est pas une source (règle 7).
export const firstPerson = ['je', "j'", 'nous', 'on-nous', 'moi'];
