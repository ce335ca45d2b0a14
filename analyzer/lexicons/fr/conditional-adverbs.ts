// Words that may stand between a conditional auxiliary and its participle: « aurait déjà fui »,
// « auraient tous été tués » (« été » is read as the participle itself).
export default ['déjà', 'probablement', 'notamment', 'également', 'aussi', 'bien', 'même', 'pas', 'ensuite',
  'alors', 'été', 'tous', 'toutes', 'tout'];
