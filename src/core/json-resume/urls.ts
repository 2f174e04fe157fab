// Link handling. The official schema's "uri" format accepts any scheme (javascript:alert(1) passes), so
// every link we keep must be http(s); links are classified by host into our typed project links, and
// publication links are mined for a DOI or an arXiv id.

export type ProjectLinkKind = 'repository' | 'demo' | 'modelCard' | 'dataset' | 'paper';

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const REPOSITORY_HOSTS = new Set([
  'github.com',
  'gitlab.com',
  'bitbucket.org',
  'codeberg.org',
  'sourceforge.net',
]);
const PAPER_HOSTS = new Set([
  'arxiv.org',
  'doi.org',
  'dx.doi.org',
  'openreview.net',
  'aclanthology.org',
  'proceedings.neurips.cc',
  'papers.nips.cc',
  'proceedings.mlr.press',
  'semanticscholar.org',
  'dl.acm.org',
  'ieeexplore.ieee.org',
]);
const DOI = /^10\.\d{4,9}\/\S+$/;
const DOI_IN_TEXT = /(10\.\d{4,9}\/[^\s?#]+)/;
const ARXIV_NEW = /^(\d{4}\.\d{4,5}(?:v\d+)?)$/;
const ARXIV_OLD = /^([a-z-]+(?:\.[A-Z]{2})?\/\d{7})(?:v\d+)?$/;

function parse(value: string): URL | null {
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

/** True for an absolute http:// or https:// address with a host. */
export function isHttpUrl(value: string): boolean {
  const url = parse(value);
  return url !== null && (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
}

/** The scheme of a value that names one (`javascript` for javascript:…), or null for relative paths. */
export function schemeOf(value: string): string | null {
  const match = SCHEME.exec(value.trim());
  return match?.[1] ? match[1].toLowerCase() : null;
}

/** The host of an http(s) address, lower-cased and without a leading www. */
export function hostOf(value: string): string | null {
  const url = isHttpUrl(value) ? parse(value) : null;
  return url ? url.hostname.toLowerCase().replace(/^www\./, '') : null;
}

function hostIs(host: string, known: Set<string>): boolean {
  for (const name of known) if (host === name || host.endsWith(`.${name}`)) return true;
  return false;
}

/** Which of our project links a URL is, judged by its host (and path, for Hugging Face and Kaggle). */
export function classifyProjectLink(value: string): ProjectLinkKind {
  const host = hostOf(value) ?? '';
  const path = parse(value)?.pathname.toLowerCase() ?? '';
  if (host === 'huggingface.co' || host === 'hf.co') {
    if (path.startsWith('/datasets/')) return 'dataset';
    if (path.startsWith('/spaces/')) return 'demo';
    return 'modelCard';
  }
  if (host === 'kaggle.com' && path.startsWith('/datasets/')) return 'dataset';
  if (hostIs(host, REPOSITORY_HOSTS)) return 'repository';
  if (hostIs(host, PAPER_HOSTS)) return 'paper';
  return 'demo';
}

/** The DOI a link carries (doi.org/10.x/y, or a publisher path containing one), if any. */
export function doiFromUrl(value: string): string | undefined {
  const url = parse(value);
  if (!url) return undefined;
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return undefined;
  }
  const match = DOI_IN_TEXT.exec(path);
  const doi = match?.[1]?.replace(/[.,;]+$/, '');
  return doi && DOI.test(doi) && doi.length <= 200 ? doi : undefined;
}

/** The arXiv id a link carries (arxiv.org/abs|pdf/…, or the 10.48550/arXiv.… DOI), if any. */
export function arxivIdFromUrl(value: string): string | undefined {
  const host = hostOf(value);
  const url = parse(value);
  if (!host || !url) return undefined;
  if (host === 'arxiv.org' || host === 'export.arxiv.org') {
    const rest = url.pathname.replace(/^\/(abs|pdf)\//, '').replace(/\.pdf$/, '');
    if (rest === url.pathname) return undefined;
    return ARXIV_NEW.exec(rest)?.[1] ?? ARXIV_OLD.exec(rest)?.[1];
  }
  const doi = doiFromUrl(value);
  const arxivDoi = doi ? /^10\.48550\/arxiv\.(.+)$/i.exec(doi) : null;
  return arxivDoi?.[1] ? ARXIV_NEW.exec(arxivDoi[1])?.[1] : undefined;
}
