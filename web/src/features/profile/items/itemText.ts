import type { ProfileItem } from '../../../../../src/contracts/profile.js';

/** The name a person knows an item by, for headings, buttons and evidence checkboxes. */
export function itemTitle(item: ProfileItem): string {
  switch (item.kind) {
    case 'project':
    case 'publication':
      return item.title;
    case 'role':
      return `${item.title} · ${item.employer}`;
    case 'education':
      return [item.studyType, item.area].filter(Boolean).join(', ') || item.institution;
    case 'certification':
      return item.name;
  }
}

export function itemDates(item: ProfileItem): { start?: string; end?: string } {
  switch (item.kind) {
    case 'certification':
      return { start: item.issueDate, end: item.expiryDate };
    case 'publication':
      return { start: item.year ? String(item.year) : undefined };
    default:
      return { start: item.startDate, end: item.endDate };
  }
}
