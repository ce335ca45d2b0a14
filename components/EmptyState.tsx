import type { ComponentChildren } from 'preact';
import { Icon, type IconName } from './Icon';

/** A screen with nothing to sum up yet: what is going on, and the one thing to do about it. */
export function EmptyState({ icon, tone = 'neutral', title, children, busy }: { icon: IconName | 'spinner'; tone?: 'neutral' | 'off'; title: string; children?: ComponentChildren; busy?: boolean }) {
  return (
    <section class="uns-state" data-tone={tone} aria-busy={busy || undefined}>
      <div class="uns-state__icon">{icon === 'spinner' ? <span class="uns-spinner" /> : <Icon name={icon} size={22} />}</div>
      <h1 class="uns-state__title">{title}</h1>
      {children}
    </section>
  );
}
