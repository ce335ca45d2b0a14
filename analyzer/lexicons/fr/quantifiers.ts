// Une part d'un groupe n'est personne en particulier (règle 9) : « certains affirment », « plusieurs élus ».
export default ['certains', 'certaines', 'plusieurs', 'beaucoup', 'quelques'];
