// Words before a day skipped with it: "on Monday", "last Friday", "early today".
export default ['on', 'last', 'late', 'early', 'this'];
