// Phrases that give the view of someone named before through a possessive: "In her view, the
// plan fails" is hers (TAXONOMY rules 1 and 12). Plural possessives stand for a plural source.
// Rejected: 'in my view', 'in our view' (the author: rule 7); 'in the view of' (a name follows: 'according to' covers it).
export default ['in his view', 'in her view', 'in their view', 'in his opinion', 'in her opinion', 'in their opinion', 'to his mind', 'to her mind', 'in his words', 'in her words', 'in their words'];
