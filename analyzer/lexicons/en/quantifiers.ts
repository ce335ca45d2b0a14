// A share of a group is nobody in particular (TAXONOMY rule 9): "some have suggested", "many economists".
export default ['some', 'many', 'most', 'several', 'few', 'all', 'others', 'both'];
