// Les mots outils les plus fréquents du français de presse, pour reconnaître la langue.
export default `le la les de des du et est que qui dans pour une un au aux sur pas ce cette il elle ils
sont par plus avec ont été son sa ses leur mais se ne où selon lors aussi été avait`.split(/\s+/);
