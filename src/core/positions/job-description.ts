// The job format keeps responsibilities and qualifications as lists beside the description; we keep one
// Markdown description. Importing appends them as headed lists; exporting lifts such lists back out, so
// a document survives the round trip with its three fields intact.

export const RESPONSIBILITIES_HEADING = 'Responsibilities';
export const QUALIFICATIONS_HEADING = 'Qualifications';

export interface DescriptionParts {
  description: string;
  responsibilities: string[];
  qualifications: string[];
}

const HEADING = /^#{1,6}\s+(.*?)\s*#*\s*$/;
const ITEM = /^\s*(?:[-*+]|\d+[.)])\s+(.*)$/;

function section(heading: string, items: string[]): string {
  // A list item must stay on one line, or the rest would fall out of the list.
  const lines = items.map((item) => `- ${item.replace(/\s+/g, ' ').trim()}`);
  return `### ${heading}\n\n${lines.join('\n')}`;
}

/** One Markdown description from the job format's three fields; empty lists add nothing. */
export function composeDescription(parts: DescriptionParts): string {
  const blocks = [parts.description.trim()];
  const responsibilities = parts.responsibilities.filter((item) => item.trim() !== '');
  const qualifications = parts.qualifications.filter((item) => item.trim() !== '');
  if (responsibilities.length > 0) blocks.push(section(RESPONSIBILITIES_HEADING, responsibilities));
  if (qualifications.length > 0) blocks.push(section(QUALIFICATIONS_HEADING, qualifications));
  return blocks.filter(Boolean).join('\n\n');
}

interface Block {
  heading: string | null;
  lines: string[];
}

function blocksOf(markdown: string): Block[] {
  const blocks: Block[] = [{ heading: null, lines: [] }];
  for (const line of markdown.split('\n')) {
    const heading = HEADING.exec(line)?.[1];
    if (heading !== undefined) blocks.push({ heading, lines: [line] });
    else blocks.at(-1)?.lines.push(line);
  }
  return blocks;
}

// A section is lifted out only when it is nothing but a list; prose under the heading stays put.
function listItems(block: Block): string[] | null {
  const items: string[] = [];
  for (const line of block.lines.slice(1)) {
    if (line.trim() === '') continue;
    const item = ITEM.exec(line)?.[1];
    if (item === undefined) return null;
    items.push(item.trim());
  }
  return items.length > 0 ? items : null;
}

/** The description split back into the job format's three fields (the inverse of composeDescription). */
export function splitDescription(markdown: string): DescriptionParts {
  const parts: DescriptionParts = { description: '', responsibilities: [], qualifications: [] };
  const kept: string[] = [];
  for (const block of blocksOf(markdown)) {
    const name = block.heading?.toLowerCase();
    const items = name === undefined ? null : listItems(block);
    if (items && name === RESPONSIBILITIES_HEADING.toLowerCase() && parts.responsibilities.length === 0)
      parts.responsibilities = items;
    else if (items && name === QUALIFICATIONS_HEADING.toLowerCase() && parts.qualifications.length === 0)
      parts.qualifications = items;
    else kept.push(...block.lines);
  }
  parts.description = kept.join('\n').trim();
  return parts;
}
