export const indefinite = `a an another one some several many various other certain numerous multiple
few two three four five six seven eight nine ten dozens hundreds thousands most`.split(/\s+/);
export const definite = `the this that these those his her its their`.split(/\s+/);
// Words that end a subject read leftwards from its verb: "... that officials said".
export const clauseBoundaries = `that which who whom whose what and but or while because as when if than
after before since so where though although unless until whether nor yet—`.split(/\s+/);
