/**
 * The career model as the editor shows it (JSON.stringify with two spaces) and the line each field
 * path starts on, so a problem at "stages.0.coreSkills.1.skillId" can be pointed at in the text.
 */
export function layoutJson(value: unknown): { text: string; lines: Map<string, number> } {
  const out: string[] = [];
  const lines = new Map<string, number>();
  const walk = (node: unknown, path: string[], indent: string, lead: string, trail: string) => {
    lines.set(path.join('.'), out.length + 1);
    if (Array.isArray(node) && node.length > 0) {
      out.push(`${indent}${lead}[`);
      node.forEach((item, i) => {
        walk(item, [...path, String(i)], `${indent}  `, '', i < node.length - 1 ? ',' : '');
      });
      out.push(`${indent}]${trail}`);
      return;
    }
    if (node !== null && typeof node === 'object' && !Array.isArray(node)) {
      const entries = Object.entries(node).filter(([, v]) => v !== undefined);
      if (entries.length > 0) {
        out.push(`${indent}${lead}{`);
        entries.forEach(([key, v], i) => {
          walk(
            v,
            [...path, key],
            `${indent}  `,
            `${JSON.stringify(key)}: `,
            i < entries.length - 1 ? ',' : '',
          );
        });
        out.push(`${indent}}${trail}`);
        return;
      }
    }
    out.push(`${indent}${lead}${JSON.stringify(node)}${trail}`);
  };
  walk(value, [], '', '', '');
  return { text: out.join('\n'), lines };
}

/** The line of the deepest part of `path` that exists in the layout ("stages.0.title" → its line). */
export function lineOf(lines: ReadonlyMap<string, number>, path: string): number | null {
  const parts = path.split('.').filter(Boolean);
  for (let n = parts.length; n >= 0; n--) {
    const line = lines.get(parts.slice(0, n).join('.'));
    if (line !== undefined) return line;
  }
  return null;
}

/** Offsets of a 1-based line in `text`, for selecting it in the textarea. */
export function lineRange(text: string, line: number): { start: number; end: number } {
  let start = 0;
  for (let i = 1; i < line; i++) {
    const next = text.indexOf('\n', start);
    if (next === -1) break;
    start = next + 1;
  }
  const end = text.indexOf('\n', start);
  return { start, end: end === -1 ? text.length : end };
}
