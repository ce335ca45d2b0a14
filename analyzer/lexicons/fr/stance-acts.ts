// Débuts de verbes d'actes de position (« accuse », « a promis ») : un propos rapporté seulement
// avec ce qui a été dit quand la phrase est nuancée.
export default ['accus', 'promis', 'propos', 'demand'];
