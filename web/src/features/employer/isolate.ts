/**
 * Wraps a name typed by people (a job title, an organisation, an email) in Unicode isolates, so that a
 * Latin name inside an Arabic sentence (or the reverse) keeps its own direction and the quotes and
 * punctuation around it stay where the sentence puts them.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
