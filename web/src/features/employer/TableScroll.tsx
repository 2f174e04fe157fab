import type { ReactNode } from 'react';

/**
 * A table's sideways-scrolling box for narrow screens. As a labelled, focusable region, keyboard users
 * can scroll it too, and screen-reader users hear what it holds.
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard.
    <section className="table-wrap" tabIndex={0} aria-label={label}>
      {children}
    </section>
  );
}
