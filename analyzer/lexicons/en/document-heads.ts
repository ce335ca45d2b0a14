// Heads that are documents or data; named only through a proper name ("a Pew poll", "a report by X").
// A polling average and a presentation's slides are data someone published ("the RCP average shows").
// Rejected: "map", "chart", "graphic" (most often the outlet's own illustration of its story).
export default `report reports poll polls survey surveys study studies analysis analyses estimate estimates
data research review investigation documents document records memo memos findings figures statistics
numbers results filing filings court-papers papers census audit assessment projections forecast
indictment complaint lawsuit ruling letter email emails tweet tweets statement statements transcript
release average averages slide slides presentation`.split(/\s+/);
