// Verbes dont le sujet est un document ou des données : « un rapport de X révèle ».
export default `révèle révèlent révélé montre montrent montré indique indiquent indiqué souligne soulignent
souligné conclut concluent conclu estime estiment estimé établit établissent établi constate constatent
constaté affirme affirment affirmé note notent noté pointe pointent pointé dénonce dénoncent dénoncé
recense recensent recensé chiffre chiffrent chiffré évalue évaluent évalué prévoit prévoient prévu`.split(/\s+/);
