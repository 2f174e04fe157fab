import type { DemoPosition } from './positions.js';

const FOCUS: Record<string, string> = {
  ml_engineer: 'build, ship and run the models behind our product',
  applied_scientist: 'turn research ideas into measurable product improvements',
  data_scientist: 'find the signal in our data and turn it into decisions',
  mlops_engineer: 'build the platform our models are trained, deployed and monitored on',
  research_scientist: 'push the state of the art and publish what we learn',
  ml_architect: 'design how machine learning fits across our systems',
  engineering_manager: 'lead a team of ML engineers and grow them',
};

/**
 * A short Markdown description for a demo position, from its own fields: enough to read like a
 * posting and to give full-text search something to match, without pretending to be real copy.
 */
export function demoPositionDescription(
  p: DemoPosition,
  employerName: string,
  skillName: (id: string) => string,
): string {
  const required = p.requiredSkills.map((s) => `- ${skillName(s.skillId)}`).join('\n');
  const nice = p.niceToHaveSkills.map((id) => skillName(id)).join(', ');
  return [
    `## About the role`,
    ``,
    `${employerName} is hiring a **${p.title}** in ${p.city} to ${FOCUS[p.roleFamily] ?? 'work on machine learning'}.`,
    ``,
    `## What you bring`,
    ``,
    required,
    ``,
    nice ? `Nice to have: ${nice}.` : '',
    ``,
    `## What we offer`,
    ``,
    `A published salary band${p.gulfAllowances ? ', housing and transport allowances, annual flights and tax-free pay' : ''}${
      p.visaSponsorship ? ', visa sponsorship' : ''
    }${p.relocationSupport ? ' and relocation support' : ''}.`,
  ].join('\n');
}
