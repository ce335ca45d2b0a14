// Third-person subjects that stand for a source named before (TAXONOMY rule 6).
export const subject = ['he', 'she', 'they', 'it'];
export const object = ['him', 'her', 'them', 'it'];
// The author speaking in first person is not a source (TAXONOMY rule 7).
export const firstPerson = ['i', 'we', 'me', 'us', 'my', 'our'];
