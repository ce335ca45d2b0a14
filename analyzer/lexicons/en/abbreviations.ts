// Abbreviations after which a sentence does not end (the period belongs to the abbreviation).
// Rejected: 'Inc.', 'Corp.', 'Co.', 'Jr.', 'U.S.' (all often end a sentence).
export default `Mr Mrs Ms Mx Dr Prof Gov Sen Rep Gen Col Lt Sgt Capt Cmdr Adm Maj Cpl Pvt Rev Fr Sr St
Hon Pres Supt Det Insp Amb Atty Jan Feb Mar Apr Aug Sept Sep Oct Nov Dec No Nos vs v Vol pp Fig Mt Ft
approx est Ald Messrs Mmes`.split(/\s+/);
