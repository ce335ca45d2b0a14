// Passive forms of saying whose agent after "by" is the source: "was described as reckless by the
// mayor", "was quoted by Reuters", "was criticised by the union".
// Rejected: 'called' ("called on by tribes": consulted), 'questioned' (also interrogated),
// 'told' (the agent is the listener's informant only in "was told by"; rare), 'asked' (a request).
export default `described quoted cited reported criticized criticised accused praised condemned denounced
hailed dismissed blamed slammed rebuked branded labelled labeled characterized characterised
welcomed rejected disputed contradicted confirmed announced`.split(/\s+/);
