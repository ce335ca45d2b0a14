// Jours : « a déclaré jeudi le ministre », « hier » ne font pas partie du sujet.
export default ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'hier', "aujourd'hui"];
