// Particles inside a person's or a body's name: "Charles de Gaulle", « Ursula von der Leyen », "Bank of
// America". Shared by every language: an article in one language cites names from all of them.
export default ['de', 'du', 'des', 'la', 'le', 'van', 'von', 'der', 'al', 'el', 'bin', 'ben', 'da', 'di', 'del', 'of', 'the'];
