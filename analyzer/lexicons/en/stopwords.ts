// The most frequent function words of English news, for language detection.
export default `the of and to in is that for on with was as by it at from his be are have has an
said were not this but they who he which their will would been its had also after about more than`.split(/\s+/);
