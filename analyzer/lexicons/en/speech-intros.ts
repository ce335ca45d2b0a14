// Prepositions that open a speech noun before a comma: "In a statement, X", "At a press conference, X".
export default ['in', 'at', 'during'];
