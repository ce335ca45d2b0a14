// Introducers of a source, longest first: the source follows them.
export default ['according to', 'as reported by', 'as told to', 'quoted by', 'citing'];
