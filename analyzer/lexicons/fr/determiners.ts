export const indefinite = `un une des plusieurs certains certaines quelques divers diverses nombreux nombreuses
de d' deux trois quatre cinq six sept huit neuf dix`.split(/\s+/);
export const definite = `le la les l' ce cet cette ces son sa ses leur leurs du au aux`.split(/\s+/);
// Mots qui terminent un sujet lu de droite à gauche depuis son verbe : « ... que le ministre a déclaré ».
export const clauseBoundaries = `que qu' qui dont où et mais ou car donc puisque lorsque quand si comme alors
tandis pendant après avant depuis—`.split(/\s+/);
