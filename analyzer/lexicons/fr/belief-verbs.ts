// Verbes d'opinion : « X pense que » rapporte la position de X (sujet obligatoire).
// Rejetés : 'espère' (un souhait), 'sait' (factif).
export default `pense pensent pensé croit croient cru considère considèrent considéré craint craignent
redoute redoutent redouté doute doutent jugé`.split(/\s+/);
