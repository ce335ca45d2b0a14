// Words that count people or share them out: a subject that opens with one is a share of a group,
// nobody in particular (TAXONOMY rule 9): "Twelve percent indicated", "nearly eight of 10 voters say".
// The approximators before a number are here too ("nearly", "about"). Digits are read as numbers.
// Rejected: 'one' ("one official said" is an indefinite description, already anonymous; as a number
// word it would also catch "One Nation said").
export default `two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen
eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands
dozens half third quarter percent nearly about almost roughly around over under only just`.split(/\s+/);
