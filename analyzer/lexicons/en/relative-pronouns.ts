// Relative pronouns: "the man who said" has its subject elsewhere; "Smith, who spoke on Monday, said".
export default ['who', 'which', 'that'];
