// Têtes qui sont des documents ou des données : nommés par un nom propre (« un sondage Ifop »).
export default `rapport rapports étude études sondage sondages enquête enquêtes données chiffres statistiques
bilan bilans document documents note notes analyse analyses estimation estimations recensement
communiqué communiqués lettre courrier tweet message décret arrêt jugement plainte`.split(/\s+/);
