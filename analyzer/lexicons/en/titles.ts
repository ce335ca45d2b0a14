// Titles and honorifics before a name: "Mr Obama", "President Obama" are one person. Articles and
// "tunisian" are skipped the same way ("the Tunisian president Kais Saied").
export default ['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'prof', 'prof.', 'sir', 'dame', 'lord',
  'lady', 'president', 'vice', 'prime', 'minister', 'secretary', 'senator', 'sen.', 'rep.', 'representative',
  'gov.', 'governor', 'mayor', 'judge', 'chancellor', 'king', 'queen', 'prince', 'princess', 'pope',
  'general', 'gen.', 'col.', 'colonel', 'captain', 'chief', 'director', 'chairman', 'chairwoman', 'ceo',
  'spokesman', 'spokeswoman', 'spokesperson', 'the', 'a', 'an', 'tunisian'];
