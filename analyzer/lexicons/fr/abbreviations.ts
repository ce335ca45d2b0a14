// Abréviations après lesquelles la phrase ne se termine pas.
// « av. J.-C. » et « apr. J.-C. » : le point de « J.-C. » est traité par la règle des initiales.
export default `M MM Mme Mmes Mlle Mlles Dr Pr Me Mgr St Ste av apr env cf p pp etc. vol chap janv févr
avr juill sept oct nov déc No n° art al`.split(/\s+/);
