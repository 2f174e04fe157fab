// Human languages job posts ask for. The marketplace works in English and Arabic, and Gulf and
// European employers often require a second language.
import { defineSkills } from '../skill.js';

export const SPOKEN_LANGUAGE_SKILLS = defineSkills('spoken-language', [
  {
    id: 'english',
    name: 'English',
    aliases: [
      'english language',
      'business english',
      'fluent english',
      'english proficiency',
      'spoken english',
    ],
    related: { arabic: 0.1 },
  },
  {
    id: 'arabic',
    name: 'Arabic',
    aliases: ['arabic language', 'fluent arabic', 'modern standard arabic', 'اللغة العربية'],
    related: { 'arabic-nlp': 0.3 },
  },
  { id: 'french', name: 'French', aliases: ['french language', 'fluent french', 'français'] },
  { id: 'german', name: 'German', aliases: ['german language', 'fluent german', 'deutsch'] },
  { id: 'spanish', name: 'Spanish', aliases: ['spanish language', 'fluent spanish', 'español'] },
  { id: 'italian', name: 'Italian', aliases: ['italian language', 'fluent italian'] },
  { id: 'portuguese', name: 'Portuguese', aliases: ['portuguese language', 'fluent portuguese'] },
  { id: 'dutch', name: 'Dutch', aliases: ['dutch language', 'fluent dutch'] },
  { id: 'russian', name: 'Russian', aliases: ['russian language', 'fluent russian'] },
  { id: 'turkish', name: 'Turkish', aliases: ['turkish language', 'fluent turkish'] },
  { id: 'persian', name: 'Persian', aliases: ['farsi', 'persian language'] },
  { id: 'hindi', name: 'Hindi', aliases: ['hindi language'] },
  { id: 'urdu', name: 'Urdu', aliases: ['urdu language'] },
  { id: 'mandarin', name: 'Mandarin Chinese', aliases: ['mandarin', 'chinese language', 'putonghua'] },
  { id: 'japanese', name: 'Japanese', aliases: ['japanese language', 'fluent japanese'] },
]);
