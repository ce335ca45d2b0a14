// The reportive conditional: « auraient fui », « aurait été tué », « serait mort » (French only:
// English has no conditional that reports).
export default ['aurait', 'auraient', 'serait', 'seraient'];
