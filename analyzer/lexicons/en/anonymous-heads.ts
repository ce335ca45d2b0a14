// Heads of a noun phrase that identify no one a reader could check: "officials", "a senior source".
// Rejected: 'spokesman'/'spokeswoman' ("his spokesman" speaks on the record for a named principal;
// "a spokesman for the campaign" is caught by the indefinite determiner instead).
export default `source sources official officials people person persons expert experts analyst analysts aide
aides adviser advisers advisor advisors critic critics observer observers witness witnesses insider
insiders researchers economists strategist strategists operative operatives members supporters voters
lawmakers legislators staffer staffers staff employees workers diplomat diplomats activists protesters
donors delegates pollsters scientists scholars commentators pundits allies opponents detractors skeptics
sceptics proponents advocates residents citizens respondents participants someone somebody anyone
others many some authorities investigators prosecutors police officers leaders
individuals folks insiders`.split(/\s+/);
