// « Des rumeurs affirment » : une rumeur sans nom est une précaution, pas une source.
export default ['rumeur', 'rumeurs'];
