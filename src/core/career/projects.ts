// Portfolio projects that would close the top gaps: the model's templates ranked by how many of the
// top gaps they cover (the target's own templates first on ties), and, when some top gaps are left
// uncovered, one project built from those gap skills.
import type { CareerModel, PortfolioProjectTemplate, ProjectSuggestion } from '../../contracts/career.js';
import type { CareerStep } from './expectations.js';
import type { RankedGap } from './gaps.js';

export const TOP_GAPS = 5;
export const MAX_TEMPLATE_PROJECTS = 3;

/** Project suggestions for the top gaps toward a target. */
export function suggestProjects(
  model: CareerModel,
  target: CareerStep,
  gaps: readonly RankedGap[],
): ProjectSuggestion[] {
  const top = gaps.slice(0, TOP_GAPS);
  if (top.length === 0) return [];
  const own = new Set(target.projects.map((p) => p.id));
  const templates = [
    ...target.projects,
    ...[...model.stages, ...model.tracks].flatMap((s) => s.projects).filter((p) => !own.has(p.id)),
  ];
  const seen = new Set<string>();
  const ranked = templates
    .filter((t) => !seen.has(t.id) && seen.add(t.id))
    .map((template, order) => ({ template, order, closes: closes(template.skills, top) }))
    .filter((r) => r.closes.length > 0)
    .sort((a, b) => b.closes.length - a.closes.length || a.order - b.order)
    .slice(0, MAX_TEMPLATE_PROJECTS);
  const suggestions: ProjectSuggestion[] = ranked.map(({ template, closes }) =>
    fromTemplate(template, closes),
  );
  const covered = new Set(suggestions.flatMap((s) => s.closesGaps));
  const left = top.filter((g) => !covered.has(g.skillId));
  if (left.length > 0) suggestions.push(fromGapSkills(left));
  return suggestions;
}

function closes(skills: readonly string[], gaps: readonly RankedGap[]): string[] {
  return gaps
    .filter((g) => g.closedBy.some((id) => skills.includes(id)) || skills.includes(g.skillId))
    .map((g) => g.skillId);
}

function fromTemplate(t: PortfolioProjectTemplate, closesGaps: string[]): ProjectSuggestion {
  return {
    id: t.id,
    source: 'template',
    title: t.title,
    description: t.description,
    skills: [...t.skills],
    measurableOutcome: t.measurableOutcome,
    closesGaps,
  };
}

/** A project of the candidate's own gap skills, for gaps no template covers. */
function fromGapSkills(gaps: readonly RankedGap[]): ProjectSuggestion {
  const names = gaps.map((g) => g.name);
  const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
  return {
    id: `own-${gaps.map((g) => g.skillId).join('-')}`.slice(0, 120),
    source: 'gap_skills',
    title: `A project using ${list}`,
    description: `Build a small end-to-end project on real data that uses ${list} together, deploy it, and write up the decisions and trade-offs.`,
    skills: gaps.map((g) => g.skillId),
    // A measured result and a public link make the skills' evidence "measured project".
    measurableOutcome: 'A measured result against a baseline, with a public repository or demo link',
    closesGaps: gaps.map((g) => g.skillId),
  };
}
