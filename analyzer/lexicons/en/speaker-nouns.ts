// People, roles and bodies that can speak: a lower-case noun phrase after "according to" is a source
// only when its head is one of these (or an anonymous or document head): "according to the ministry",
// not "according to plan".
export default `minister ministry spokesman spokeswoman spokesperson president government department agency
office police army military company firm bank court judge prosecutor prosecutors lawyer lawyers
attorney attorneys mayor governor senator representative congressman congresswoman lawmaker chief
head director chairman chairwoman chair ceo executive manager commission committee council union party
campaign administration authority regulator institute center centre foundation organization
organisation group family families association coalition board embassy consulate ambassador secretary
commander general officer sheriff coroner doctor doctors hospital university school researcher
scientist economist professor statement newspaper paper network broadcaster website magazine outlet
service services team club league federation ministry's`.split(/\s+/);

// Heads after "according to" that are never sources: "according to plan", "according to the rules".
export const nonSpeakerHeads = `plan plans schedule rules rule law laws tradition custom script instructions design
season seasons case cases circumstances need needs age size type moment taste tastes order`.split(/\s+/);
