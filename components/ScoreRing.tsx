import type { ScoreTier } from './sourcing-score';

const RADIUS = 24;
const CIRCUMFERENCE = 2 * Math.PI * RADIUS;

/** The sourcing score as a ring that fills with the share of claims with a named source. */
export function ScoreRing({ score, tier, text }: { score: number | null; tier: ScoreTier; text: string }) {
  return (
    <div class="uns-ring" data-tier={tier}>
      <svg width="64" height="64" viewBox="0 0 64 64" aria-hidden="true" focusable="false">
        <circle class="uns-ring__track" cx="32" cy="32" r={RADIUS} />
        {score !== null && score > 0 && (
          <circle class="uns-ring__value" cx="32" cy="32" r={RADIUS} stroke-dasharray={`${CIRCUMFERENCE * score} ${CIRCUMFERENCE}`} transform="rotate(-90 32 32)" />
        )}
      </svg>
      <span class="uns-ring__text">{text}</span>
    </div>
  );
}
