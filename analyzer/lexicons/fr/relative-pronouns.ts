// Pronoms relatifs : « ces frappes qui s'ajoutent » a son sujet ailleurs.
export default ['qui', 'que', "qu'", 'dont', 'lequel', 'laquelle'];
