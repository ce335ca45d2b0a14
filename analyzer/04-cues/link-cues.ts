import type { BlockLink } from '../types';
import type { Cue } from './cue';
import { linkSource, type PageAddress } from './link-source';

/** Links to other pages (TAXONOMY rule 5): each names its site as a source. */
export function linkCues(links: { link: BlockLink; absStart: number }[], page: PageAddress, text: string): Cue[] {
  const cues: Cue[] = [];
  for (const { link, absStart } of links) {
    const source = linkSource(link.href, page);
    if (!source) continue;
    const speaker = { type: 'source', kind: 'named', name: source.name, head: source.name, document: true } as const;
    cues.push({ code: 'link', cue: text.slice(absStart, absStart + (link.end - link.start)), speaker: source.outlet ? { ...speaker, outlet: true } : speaker });
  }
  return cues;
}
