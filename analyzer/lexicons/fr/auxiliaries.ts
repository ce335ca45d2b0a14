// Mots qui peuvent séparer un sujet de son verbe : « X a notamment déclaré », « X lui a confié ».
export default `a ont avait avaient aura auront aurait auraient eut est sont était étaient fut
aussi également encore notamment déjà ensuite alors lui leur nous vous me te l' y en ne n' pas
jamais plus toutefois cependant pourtant enfin d'ailleurs récemment publiquement`.split(/\s+/);
