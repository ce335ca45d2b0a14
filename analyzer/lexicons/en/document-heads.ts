// Heads that are documents or data; named only through a proper name ("a Pew poll", "a report by X").
export default `report reports poll polls survey surveys study studies analysis analyses estimate estimates
data research review investigation documents document records memo memos findings figures statistics
numbers results filing filings court-papers papers census audit assessment projections forecast
indictment complaint lawsuit ruling letter email emails tweet tweets statement statements transcript
release`.split(/\s+/);
