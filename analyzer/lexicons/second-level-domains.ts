// Second-level labels under a country code: "bbc.co.uk" is one site, "co.uk" is not. Not a language's:
// host names are the same in every language.
export default ['co', 'com', 'org', 'net', 'gov', 'gouv', 'ac', 'edu', 'asso', 'nic'];
