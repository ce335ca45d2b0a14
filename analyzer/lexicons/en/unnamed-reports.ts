// "Reports suggest", "rumours say": no report named is a hedge (TAXONOMY), not a source.
export default ['report', 'reports', 'rumour', 'rumours', 'rumor', 'rumors', 'accounts'];
