// Words after which French puts the subject after the verb: « ce qu'a annoncé X », « comme l'a dit X »
// (French only: English inverts only after a quotation or a comma, handled without a list).
export default ["qu'", 'que', 'comme'];
