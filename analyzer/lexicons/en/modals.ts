// Modals: "would argue", "will announce" report a hypothetical or future statement, not one made.
export default ['would', 'could', 'might', 'may', 'should', 'will', 'shall', 'must', 'can', "'d", "'ll"];
