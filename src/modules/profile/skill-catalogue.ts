/** What the profile needs to know about a canonical skill. */
export interface SkillCatalogue {
  find(id: string): { name: string; category: string } | undefined;
}
