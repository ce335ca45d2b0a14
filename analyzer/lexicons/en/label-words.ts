// Words in capitals that open a paragraph with a colon but name no speaker: in a transcript
// ("WALLACE: ...", "PENCE: ...") the label is who speaks; these are the page's own signposts
// ("UPDATE: the bridge reopened"). Matched on the whole label, lower case.
// Rejected: "q" and "a" (a one-letter label is never taken for a name: the interviewer and the
// interviewee of a Q&A are named elsewhere, if at all).
export default ['update', 'updated', 'updates', 'breaking', 'breaking news', 'watch', 'listen', 'read',
  'read more', 'related', 'see also', 'note', "editor's note", 'editor’s note', 'editors note', 'correction',
  'clarification', 'photo', 'photos', 'video', 'audio', 'source', 'sources', 'warning', 'alert', 'exclusive',
  'analysis', 'opinion', 'live', 'fact check', 'the facts', 'background', 'context', 'why it matters',
  'the bottom line', 'bottom line', 'what to know', 'what we know', 'key points', 'summary', 'timeline',
  'disclosure', 'disclaimer', 'ps', 'p.s.', 'faq', 'advertisement', 'sponsored', 'question', 'answer',
  'transcript', 'more'];
