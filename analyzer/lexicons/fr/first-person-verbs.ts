// First-person forms of the verbs of opinion and saying after « nous » or « je »: « nous estimons »,
// « je crois » (French only: the English lists hold the bare forms "I believe", "we think").
export default ['estimons', 'pensons', 'croyons', 'jugeons', 'considérons', 'affirmons', 'disons',
  'craignons', 'soulignons', 'regrettons', 'dénonçons', 'crois', 'dis', 'crains', 'estimais', 'pensais',
  'croyais'];
