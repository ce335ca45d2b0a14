// Verbs of belief and stance: "X believes" reports X's position. Subject required; "is believed to"
// is a hedge, not this.
// Rejected: 'feel'/'felt' (also physical), 'hope' (a wish, not a claim), 'know' (factive).
export default `believe believes believed think thinks argue argues argued contend contends contended
fear fears feared expect expects doubt doubts doubted consider considers
maintains suspects suspected`.split(/\s+/);
