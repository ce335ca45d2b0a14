import type { BlockLink } from '../types';
import type { Cue } from './cue';
import { linkHost } from './link-host';

/** Links to other sites (TAXONOMY rule 5): each names its host as a source. */
export function linkCues(links: { link: BlockLink; absStart: number }[], pageUrl: string | null | undefined, text: string): Cue[] {
  const cues: Cue[] = [];
  for (const { link, absStart } of links) {
    const host = linkHost(link.href, pageUrl);
    if (host) cues.push({ code: 'link', cue: text.slice(absStart, absStart + (link.end - link.start)), speaker: { type: 'source', kind: 'named', name: host, head: host, document: true } });
  }
  return cues;
}
