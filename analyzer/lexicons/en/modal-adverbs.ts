// Adverbs that may stand between a modal and its verb ("could not say", "will probably announce"),
// besides any word in -ly.
export default ['not', 'also', 'never', 'still', 'even', 'ever', 'probably', 'likely', 'already', 'then',
  "n't"];
