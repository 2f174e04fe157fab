// The phrase index of the whole taxonomy, built once at module load so that every extraction and
// lookup is a walk over prepared maps.
import { buildPhraseIndex, type PhraseIndex } from './phrase-index.js';
import { TAXONOMY } from './taxonomy.js';

/** Every name, alias and variant of the taxonomy, keyed by token sequence. */
export const SKILL_INDEX: PhraseIndex = buildPhraseIndex(TAXONOMY);
