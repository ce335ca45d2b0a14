/** The Unsourced mark: a speech mark with the speaker left out. */
export function Logo({ size = 22 }: { size?: number }) {
  return (
    <svg class="uns-logo" width={size} height={size} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <rect width="24" height="24" rx="6.5" fill="var(--uns-brand)" />
      <path d="M6 9.5a2.6 2.6 0 115.2 0c0 2.6-1.4 4.5-3.6 5.3M12.8 9.5a2.6 2.6 0 115.2 0c0 2.6-1.4 4.5-3.6 5.3" fill="none" stroke="#fff" stroke-width="2" stroke-linecap="round" />
      <circle cx="18.2" cy="18.2" r="2.1" fill="#ff6b5e" />
    </svg>
  );
}
