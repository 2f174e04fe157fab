import ar from '../../i18n/career-model.ar.json';

const catalogs: Record<string, Readonly<Record<string, string>>> = { ar };

/**
 * A line of the career model (a step's title, its responsibilities, a project's description) in the
 * reader's language. The API serves the model as admins keep it, in English; each line of the model
 * shipped with the product has its Arabic here, keyed by the English line itself, so that a line an
 * admin rewrites is shown as written rather than with a translation of the line it replaced.
 */
export function modelText(text: string, language: string): string {
  const catalog = catalogs[language.split('-')[0] ?? ''];
  // Own keys only: an admin's line such as "constructor" is not a translation.
  return catalog !== undefined && Object.hasOwn(catalog, text) ? (catalog[text] ?? text) : text;
}
