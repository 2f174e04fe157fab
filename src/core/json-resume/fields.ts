// Small helpers that import and export share, so the two directions agree on how fields are written.

/** Joins a role's city and country the way export writes `work[].location`. */
export function composeLocation(city: string | undefined, country: string | undefined): string {
  return [city, country].filter((part) => part !== undefined && part !== '').join(', ');
}

/** A project's approach as highlight lines: one per non-empty line. */
export function approachLines(approach: string): string[] {
  return approach
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** A copy without undefined values, so optional fields are absent rather than present-but-undefined. */
export function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** The link export writes for a DOI or an arXiv id when a publication has no link of its own. */
export function publicationLink(doi: string | undefined, arxivId: string | undefined): string | undefined {
  if (doi) return `https://doi.org/${doi}`;
  if (arxivId) return `https://arxiv.org/abs/${arxivId}`;
  return undefined;
}
