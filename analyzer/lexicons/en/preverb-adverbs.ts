// Adverbs between a subject and its verb of saying, besides words in -ly: "Clinton now says",
// "Trump has often cited", "the ministry also said". Skipped when the subject is read leftwards.
// Rejected: 'not', 'never' ("Kadzik did not say": no statement made); 'however' (between commas, a
// clause of its own); 'only' ("only Smith said": the word belongs to the subject).
export default ['now', 'often', 'also', 'still', 'again', 'later', 'already', 'always', 'just', 'once', 'first', 'then', 'long', 'even', 'too', 'since'];
