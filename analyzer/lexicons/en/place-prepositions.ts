// Prepositions before a place or an institution, not a person: "spoke to reporters in Des Moines. He
// said:" — "He" is not Des Moines. A name after one is no antecedent for a later pronoun (rule 6).
// Rejected: "from", "to", "with", "by" (a person follows them as often: "a letter from Ana Ruiz").
export default ['in', 'at', 'near', 'outside', 'across', 'throughout', 'inside'];
