// Tournures qui donnent l'avis de quelqu'un nommé avant, par un possessif : « À ses yeux, le plan
// échoue » est son avis (TAXONOMIE, règles 1 et 12). Les possessifs pluriels renvoient à une source plurielle.
// Rejetés : « à mes yeux », « à nos yeux » (l'auteur : règle 7).
export default ['à ses yeux', 'à leurs yeux', 'a ses yeux', 'a leurs yeux', 'à son avis', 'à leur avis', 'de son point de vue', 'de leur point de vue', 'selon ses termes', 'selon leurs termes'];
