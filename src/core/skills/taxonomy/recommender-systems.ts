// Recommendation, ranking and personalisation.
import { defineSkills } from '../skill.js';

export const RECOMMENDER_SKILLS = defineSkills('recommender-systems', [
  {
    id: 'recommender-systems',
    name: 'Recommender systems',
    esco: 'http://data.europa.eu/esco/skill/505e4ef3-7ce4-437d-b7b4-5c608f71c258',
    parent: 'machine-learning',
    aliases: [
      'recommendation systems',
      'recommendation engines',
      'recommendation engine',
      'recommender engines',
      'recsys',
    ],
    related: { 'learning-to-rank': 0.7, 'collaborative-filtering': 0.8, personalisation: 0.8 },
  },
  {
    id: 'learning-to-rank',
    name: 'Learning to rank',
    parent: 'recommender-systems',
    aliases: ['learning-to-rank', 'ranking models', 'search ranking', 'ranking systems', 'lambdamart'],
  },
  {
    id: 'collaborative-filtering',
    name: 'Collaborative filtering',
    parent: 'recommender-systems',
    aliases: ['matrix factorisation', 'matrix factorization', 'als recommender', 'content-based filtering'],
  },
  {
    id: 'two-tower-models',
    name: 'Two-tower retrieval models',
    parent: 'recommender-systems',
    aliases: [
      'two-tower models',
      'two tower models',
      'candidate generation',
      'candidate retrieval',
      'dual encoders',
    ],
    related: { 'vector-search': 0.6 },
  },
  {
    id: 'personalisation',
    name: 'Personalisation',
    parent: 'recommender-systems',
    aliases: ['personalization', 'personalized recommendations', 'user modelling', 'user modeling'],
  },
  {
    id: 'ctr-prediction',
    name: 'Click-through rate prediction',
    parent: 'recommender-systems',
    aliases: ['ctr prediction', 'ctr models', 'ads ranking', 'conversion prediction', 'click prediction'],
  },
  {
    id: 'uplift-modelling',
    name: 'Uplift modelling',
    parent: 'causal-inference',
    aliases: ['uplift modeling', 'heterogeneous treatment effects', 'causal ml'],
  },
]);
