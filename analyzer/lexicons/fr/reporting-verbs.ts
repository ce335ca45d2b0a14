// Verbes de parole, d'écriture et de rapport, sous les formes qui suivent un sujet : le participe des
// temps composés (« a déclaré » → « déclaré ») et le présent (« estime », « affirment »).
// Rejetés : 'dire' au participe seul « dit » reste (« a dit »), mais pas « dite » (adjectif : « la dite »);
// 'appeler' (« a appelé à » rapporte une action).

const PARTICIPLES = `déclaré affirmé indiqué annoncé précisé expliqué souligné ajouté confié dit assuré rapporté
raconté confirmé démenti reconnu admis averti prévenu insisté martelé répété rappelé dénoncé regretté
déploré écrit révélé signalé témoigné noté observé relevé commenté répondu lancé estimé jugé soutenu
argué objecté poursuivi conclu plaidé promis accusé détaillé tweeté publié informé prédit résumé
protesté rétorqué nié contesté avancé évoqué mentionné glissé lâché concédé admis fustigé critiqué
salué constaté`.split(/\s+/);

const PRESENT = `déclare déclarent affirme affirment indique indiquent annonce annoncent précise précisent explique
expliquent souligne soulignent ajoute ajoutent confie confient dit disent assure assurent rapporte
rapportent raconte racontent confirme confirment dément démentent reconnaît reconnaissent admet admettent
avertit préviennent prévient insiste insistent martèle martèlent répète répètent rappelle rappellent
dénonce dénoncent regrette regrettent déplore déplorent écrit écrivent révèle révèlent signale signalent
témoigne témoignent note notent observe observent relève relèvent commente commentent répond répondent
lance lancent estime estiment juge jugent soutient soutiennent poursuit poursuivent conclut concluent
plaide plaident accuse accusent détaille détaillent avance avancent évoque évoquent glisse lâche concède
fustige critique nie nient conteste contestent résume constate constatent`.split(/\s+/);

const PAST_SIMPLE = `déclara affirma indiqua annonça précisa expliqua souligna ajouta confia dit assura raconta
confirma reconnut répondit lança estima conclut`.split(/\s+/);

export default [...new Set([...PARTICIPLES, ...PRESENT, ...PAST_SIMPLE])];
