// Writing and posting: reported speech only with what was written ("wrote that", a quote, a colon),
// not "the pupils wrote a letter".
export default ['write', 'writes', 'wrote', 'writing', 'written', 'post', 'posted', 'posts', 'tweeted'];
