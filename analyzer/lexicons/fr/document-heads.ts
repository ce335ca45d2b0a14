// Têtes qui sont des documents ou des données : nommés par un nom propre (« un sondage Ifop »).
// Une moyenne de sondages et les diapositives d'une présentation sont des données publiées.
// Rejected: « carte », « graphique » (le plus souvent l'illustration du journal lui-même).
export default `rapport rapports étude études sondage sondages enquête enquêtes données chiffres statistiques
bilan bilans document documents note notes analyse analyses estimation estimations recensement
communiqué communiqués lettre courrier tweet message décret arrêt jugement plainte moyenne moyennes diapositive diapositives présentation`.split(/\s+/);
