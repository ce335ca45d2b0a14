// Prepositions: a phrase that opens with one is no one ("on by tribes...").
export default ['on', 'by', 'in', 'at', 'of', 'for', 'with', 'from', 'to', 'into', 'about', 'over', 'under'];
