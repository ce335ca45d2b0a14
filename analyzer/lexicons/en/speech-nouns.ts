// Nouns of speech: "in a statement", "at a news conference", "in an interview with".
export default `statement statements interview interviews news-conference press-conference conference briefing
speech remarks testimony tweet post letter email op-ed column blog-post video message announcement
communique release`.split(/\s+/);
