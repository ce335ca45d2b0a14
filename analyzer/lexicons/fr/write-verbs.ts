// Écrire et publier : un propos rapporté seulement avec ce qui a été écrit (« a écrit que », une citation).
export default ['écrit', 'écrivent', 'écrivait', 'publié', 'publie', 'publient', 'tweeté'];
