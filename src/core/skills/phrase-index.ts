// The lookup structure extraction walks: a trie over token keys holding every name, alias and
// generated plural/singular variant of the taxonomy, built once when the module loads.
import type { Skill } from './skill.js';
import { otherNumber, phraseKey, tokenise } from './surface-form.js';

/** How a surface form relates to its skill; it sets the confidence of a match. */
export type FormKind = 'name' | 'alias' | 'variant';

/**
 * What a match needs before it counts: nothing; 'weak' context (the capitalisation given in the
 * taxonomy, or technical context); or 'strong' context (a neighbouring skill or a telling word).
 */
export type ContextNeed = 'none' | 'weak' | 'strong';

/** One surface form of a skill, as stored at a trie node. */
export interface IndexedForm {
  readonly skill: Skill;
  readonly kind: FormKind;
  readonly context: ContextNeed;
  /** The form as written in the taxonomy, for the exact-case checks. */
  readonly written: string;
}

/** A trie node: children by token key, and the form that ends here if any. */
export interface TrieNode {
  readonly children: Map<string, TrieNode>;
  form: IndexedForm | null;
}

/** The built index: the trie for extraction and a flat map from phrase key to form. */
export interface PhraseIndex {
  readonly root: TrieNode;
  readonly byKey: ReadonlyMap<string, IndexedForm>;
}

const KIND_RANK: Readonly<Record<FormKind, number>> = { name: 0, alias: 1, variant: 2 };

function contextNeed(skill: Skill, key: string, contextKeys: ReadonlySet<string>): ContextNeed {
  const isName = key === phraseKey(skill.name);
  if (skill.ambiguous === true && (isName || contextKeys.has(key))) return 'strong';
  return contextKeys.has(key) ? 'weak' : 'none';
}

function* formsOf(skill: Skill): Generator<IndexedForm> {
  const contextKeys = new Set((skill.contextAliases ?? []).map(phraseKey));
  const nameKey = phraseKey(skill.name);
  const written = [skill.name, ...skill.aliases, ...(skill.contextAliases ?? [])];
  for (const form of written) {
    const key = phraseKey(form);
    if (key === '') continue;
    const kind: FormKind = key === nameKey ? 'name' : 'alias';
    yield { skill, kind, context: contextNeed(skill, key, contextKeys), written: form };
  }
}

function variantOf(form: IndexedForm): { key: string; form: IndexedForm } | null {
  // Context-dependent forms stay exactly as written: 'gos' or 'sparks' would only add noise.
  if (form.context !== 'none') return null;
  const keys = tokenise(form.written).map((token) => token.key);
  const last = keys.at(-1);
  const other = last === undefined ? null : otherNumber(last);
  if (other === null) return null;
  return { key: [...keys.slice(0, -1), other].join(' '), form: { ...form, kind: 'variant' } };
}

function insert(root: TrieNode, key: string, form: IndexedForm): void {
  let node = root;
  for (const part of key.split(' ')) {
    let child = node.children.get(part);
    if (child === undefined) {
      child = { children: new Map(), form: null };
      node.children.set(part, child);
    }
    node = child;
  }
  // Names beat aliases beat generated variants; between equals the earlier skill keeps the form.
  if (node.form === null || KIND_RANK[form.kind] < KIND_RANK[node.form.kind]) node.form = form;
}

/** Builds the phrase index of a list of skills. */
export function buildPhraseIndex(skills: readonly Skill[]): PhraseIndex {
  const root: TrieNode = { children: new Map(), form: null };
  const byKey = new Map<string, IndexedForm>();
  const explicit = skills.flatMap((skill) => [...formsOf(skill)]);
  for (const form of explicit) {
    const key = phraseKey(form.written);
    insert(root, key, form);
    const known = byKey.get(key);
    if (known === undefined || KIND_RANK[form.kind] < KIND_RANK[known.kind]) byKey.set(key, form);
  }
  // Variants come second so that they never displace a form somebody wrote down.
  for (const form of explicit) {
    const variant = variantOf(form);
    if (variant === null || byKey.has(variant.key)) continue;
    insert(root, variant.key, variant.form);
    byKey.set(variant.key, variant.form);
  }
  return { root, byKey };
}
