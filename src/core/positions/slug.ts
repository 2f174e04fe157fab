// Readable, stable job URLs: /jobs/senior-ml-engineer-3f2a9c1b. The id prefix makes the slug unique and
// lets a renamed position keep working links (the route can match on the suffix); the title part is
// for people and search engines, so it is ASCII only.

const MAX_TITLE_PART = 60;
// Latin letters that Unicode decomposition does not reduce to a base letter plus accents.
const LETTERS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ł: 'l',
  ı: 'i',
  ħ: 'h',
};

function asciiWords(title: string): string {
  return title
    .toLowerCase()
    .replace(/[ßæœøđðþłıħ]/g, (letter) => LETTERS[letter] ?? '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

// Cut at a word boundary when one is reasonably close, so "engineer" does not become "engin".
function shorten(words: string): string {
  if (words.length <= MAX_TITLE_PART) return words;
  const cut = words.slice(0, MAX_TITLE_PART + 1);
  const boundary = cut.lastIndexOf('-');
  const end = boundary >= MAX_TITLE_PART / 2 ? boundary : MAX_TITLE_PART;
  return words.slice(0, end).replace(/-+$/, '');
}

/** A lowercase ASCII slug of any name (organisations use it too); empty for a name in other scripts. */
export function slugify(name: string): string {
  return shorten(asciiWords(name));
}

/** The URL slug of a position: its title in ASCII (at most 60 characters) and the id's first 8 hex digits. */
export function positionSlug(title: string, id: string): string {
  const suffix = id
    .replace(/[^0-9a-f]/gi, '')
    .slice(0, 8)
    .toLowerCase();
  // A title in a non-Latin script (Arabic, say) leaves nothing; the slug still needs a word.
  const words = shorten(asciiWords(title)) || 'position';
  return `${words}-${suffix}`;
}
