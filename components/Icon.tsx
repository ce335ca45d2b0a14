/** The few line icons of the popup and options page, drawn on a 20-unit grid in the current colour. */
const PATHS = {
  settings: 'M3 6h8M15 6h2M3 14h2M9 14h8M13 4v4M7 12v4',
  copy: 'M7 7h9v10H7zM4 13V4h9',
  check: 'M4.5 10.5l3.5 3.5 7.5-8',
  info: 'M10 9v5M10 6.2v.1M10 17.5a7.5 7.5 0 100-15 7.5 7.5 0 000 15z',
  reload: 'M15.5 7A6.5 6.5 0 105 14.9M15.5 3v4h-4',
  blocked: 'M10 17.5a7.5 7.5 0 100-15 7.5 7.5 0 000 15zM4.7 4.7l10.6 10.6',
  lock: 'M6 9V7a4 4 0 018 0v2M4.5 9h11v8.5h-11z',
  article: 'M5 2.5h10v15H5zM8 6.5h4M8 9.5h4M8 12.5h2.5',
  play: 'M7 5l8 5-8 5z',
  power: 'M10 2.5v7M6 5a6.5 6.5 0 108 0',
  locate: 'M8 5l5 5-5 5',
  close: 'M5.5 5.5l9 9M14.5 5.5l-9 9',
  plus: 'M10 4.5v11M4.5 10h11',
} as const;

export type IconName = keyof typeof PATHS;

export function Icon({ name, size = 18 }: { name: IconName; size?: number }) {
  return (
    <svg class="uns-icon" width={size} height={size} viewBox="0 0 20 20" fill="none" stroke="currentColor" stroke-width="1.7" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">
      <path d={PATHS[name]} />
    </svg>
  );
}
