export function BrandMark() {
  return (
    <svg
      className="brand__mark"
      viewBox="0 0 32 32"
      width="32"
      height="32"
      aria-hidden="true"
      focusable="false"
    >
      <rect width="32" height="32" rx="8" fill="var(--color-primary-800)" />
      <path
        d="M9 22l7-13 7 13"
        fill="none"
        stroke="var(--color-accent-300)"
        strokeWidth="3"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
      <circle cx="16" cy="18" r="2.2" fill="#fff" />
    </svg>
  );
}
