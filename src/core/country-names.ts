const names = new Intl.DisplayNames(['en'], { type: 'region' });

/**
 * A country's English name from its ISO code ("Saudi Arabia" for SA), for sentences people read;
 * the code itself when the runtime does not know it or it is not a well-formed code.
 */
export function englishCountryName(code: string): string {
  try {
    return names.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}
