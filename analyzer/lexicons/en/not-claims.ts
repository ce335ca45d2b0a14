import type { Lexicon } from '../lexicon';

// Sentences that are not claims to source. Matched on the whole sentence (anchored patterns).
const rules: Lexicon['notClaims'] = [
  { code: 'byline', pattern: '^(?:by|written by|story by|words by)\\s+\\p{Lu}[^.!?]{0,80}$', regex: true, reason: 'a byline', example: 'By Jane Doe and John Roe' },
  { code: 'byline', pattern: '^\\(?(?:additional )?(?:reporting|writing|editing|research|compiled|produced|photos?|video|graphics|fact-checking) by(?![\\p{L}\\p{N}])', regex: true, reason: 'a credit line', example: 'Reporting by Jane Doe; Editing by John Roe' },
  { code: 'dateline', pattern: '^(?:published|updated|posted|last updated|first published|modified)(?![\\p{L}\\p{N}])[^.!?]{0,80}$', regex: true, reason: 'a date stamp', example: 'Updated 5:42 PM ET, Mon March 2, 2015' },
  { code: 'dateline', pattern: '^[\\p{Lu} .,-]{3,40}\\((?:reuters|ap|afp|bloomberg|upi|dpa)\\)\\s*[-—–]?\\s*$', regex: true, reason: 'a dateline', example: 'LONDON (Reuters) -' },
  { code: 'dateline', pattern: '^\\p{Lu}{2,}[\\p{L}\\d ,.\'’()/-]{0,80}[-—–]\\s*$', regex: true, caseSensitive: true, reason: 'a dateline', example: 'KASTRIN, Velmora, April 14 (Northwire) -' },
  { code: 'caption', pattern: '^\\(?(?:photo|photograph|image|picture|illustration|video|credit|source|file photo|caption)s?\\s*(?:by|credit|courtesy)?\\s*[:©]', regex: true, reason: 'a caption or picture credit', example: 'Photo: Jane Doe / Agency' },
  { code: 'caption', pattern: '(?:getty images|associated press|afp photo|reuters photo|ap photo|shutterstock|©)\\W*$', regex: true, reason: 'a picture credit', example: 'Protesters in the square. AP Photo' },
  { code: 'byline', pattern: '^[^.!?]{3,80}\\s(?:contributed|also contributed)(?: reporting)? to this (?:report|story|article)\\.?$', regex: true, reason: 'a contributor line', example: 'Jane Doe in Kastrin contributed to this report.' },
  { code: 'dateline', pattern: '^[^.!?]{0,40}(?<![\\p{L}\\p{N}])(?:first published|last updated|last modified)(?![\\p{L}\\p{N}])[^.!?]{0,60}$', regex: true, reason: 'a date stamp', example: 'City Desk (Kastrin) First published May 4, 2026: 9:12 AM' },
  { code: 'caption', pattern: '^(?:clockwise from (?:top|left|right|bottom)|(?:from |pictured )?(?:left|right) to (?:right|left)|(?:above|below|top|bottom|left|right|inset|pictured)\\s*[,:])', regex: true, reason: 'a caption', example: 'Clockwise from top: the old quay; the ferry; the harbour master.' },
  { code: 'boilerplate', pattern: '^(?:powered|presented|sponsored|brought to you) by(?![\\p{L}\\p{N}])[^!?]{0,60}$', regex: true, reason: 'a sponsor line (its sponsor often a web address)', example: 'Powered by Example Widgets' },
  { code: 'related-link', pattern: '^[\\[(]?(?:read|see|watch|listen|more|related)\\s*:', regex: true, reason: 'a link to other coverage', example: '[Read: How the dam was built]' },
  { code: 'call-to-action', pattern: '^(?:subscribe|sign up|click here|read more|read the rest|read the full|continue reading|follow (?:us|him|her|the author)|share this|share on|like us|download our|get our|join us|listen to|watch:|watch the|see also|related:|more:|also read|recommended:|advertisement|sponsored|support our|donate)(?![\\p{L}\\p{N}])', regex: true, reason: 'a call to action', example: 'Sign up for our morning newsletter.' },
  { code: 'call-to-action', pattern: '^["“]?follow [^.!?]{1,60} on (?:twitter|x|facebook|instagram|threads|bluesky|mastodon|linkedin|tiktok|youtube)(?![\\p{L}\\p{N}])[^.!?]{0,40}[.!]?["”]?$', regex: true, reason: 'a prompt to follow the author', example: 'Follow Jane Doe on Twitter @janedoe.' },
  { code: 'boilerplate', pattern: '(?:all rights reserved|copyright \\d{4}|©\\s?\\d{4}|this (?:article|story) (?:was|has been) (?:updated|corrected|amended)|terms of (?:use|service)|privacy policy|cookie policy|newsletter)(?![\\p{L}\\p{N}])', regex: true, reason: 'site boilerplate', example: 'Copyright 2024 Example Media. All rights reserved.' },
];
export default rules;
