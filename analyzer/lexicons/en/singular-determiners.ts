// Determiners of one thing: "the American demand that..." is a noun after a singular subject, not a
// verb (English only: a French noun keeps its determiner right before it, caught by the determiners).
export default ['a', 'an', 'the', 'this', 'that', 'his', 'her', 'its', 'one', 'another', 'every', 'each'];
