import card from './claim-card.css?inline';
import labels from './labels.css?inline';
import marks from '../entrypoints/content/highlights.css?inline';

/** Everything the hover card needs, as one string for the shadow root it is mounted in. */
export const CLAIM_CARD_CSS: string = labels + marks + card;
