// Reinforcement learning, bandits and the robotics work that leans on them.
import { defineSkills } from '../skill.js';

export const REINFORCEMENT_LEARNING_SKILLS = defineSkills('reinforcement-learning', [
  {
    id: 'reinforcement-learning',
    name: 'Reinforcement learning',
    parent: 'machine-learning',
    aliases: ['rl', 'reinforcement-learning'],
    related: { 'deep-reinforcement-learning': 0.9, 'multi-armed-bandits': 0.6 },
  },
  {
    id: 'deep-reinforcement-learning',
    name: 'Deep reinforcement learning',
    parent: 'reinforcement-learning',
    aliases: ['deep rl', 'drl', 'dqn', 'deep q-learning', 'deep q networks'],
  },
  {
    id: 'ppo',
    name: 'Proximal policy optimisation',
    parent: 'policy-gradient-methods',
    aliases: ['ppo', 'proximal policy optimization'],
  },
  {
    id: 'policy-gradient-methods',
    name: 'Policy gradient methods',
    parent: 'reinforcement-learning',
    aliases: [
      'policy gradients',
      'policy gradient',
      'actor-critic',
      'actor critic',
      'a2c',
      'a3c',
      'soft actor-critic',
      'trpo',
    ],
  },
  {
    id: 'q-learning',
    name: 'Q-learning',
    parent: 'reinforcement-learning',
    aliases: ['q learning', 'temporal difference learning', 'td learning', 'value-based methods'],
  },
  {
    id: 'multi-armed-bandits',
    name: 'Multi-armed bandits',
    parent: 'reinforcement-learning',
    aliases: [
      'bandits',
      'contextual bandits',
      'multi armed bandits',
      'thompson sampling',
      'bandit algorithms',
    ],
    related: { 'ab-testing': 0.5, personalisation: 0.5 },
  },
  {
    id: 'offline-rl',
    name: 'Offline reinforcement learning',
    parent: 'reinforcement-learning',
    aliases: ['offline rl', 'batch rl', 'off-policy evaluation'],
  },
  {
    id: 'imitation-learning',
    name: 'Imitation learning',
    parent: 'reinforcement-learning',
    aliases: [
      'behaviour cloning',
      'behavior cloning',
      'inverse reinforcement learning',
      'learning from demonstrations',
    ],
  },
  {
    id: 'multi-agent-rl',
    name: 'Multi-agent reinforcement learning',
    parent: 'reinforcement-learning',
    aliases: ['marl', 'multi-agent rl', 'multi agent reinforcement learning'],
  },
  {
    id: 'markov-decision-processes',
    name: 'Markov decision processes',
    parent: 'reinforcement-learning',
    aliases: ['mdp', 'mdps', 'markov decision process', 'pomdp'],
  },
  {
    id: 'gymnasium',
    name: 'Gymnasium',
    parent: 'reinforcement-learning',
    aliases: ['openai gym', 'gym environments', 'farama gymnasium', 'pettingzoo'],
    contextAliases: ['Gymnasium'],
  },
  {
    id: 'stable-baselines3',
    name: 'Stable-Baselines3',
    parent: 'reinforcement-learning',
    aliases: ['stable baselines', 'stable-baselines', 'sb3', 'stable baselines3'],
  },
  {
    id: 'robotics',
    name: 'Robotics',
    esco: 'http://data.europa.eu/esco/skill/e87ec79a-c9ff-46f5-84fa-7a0f394cdf40',
    aliases: ['robot learning', 'robotic manipulation', 'robot perception', 'embodied ai'],
    related: { 'reinforcement-learning': 0.5, 'computer-vision': 0.4 },
  },
  {
    id: 'ros',
    name: 'ROS',
    parent: 'robotics',
    aliases: ['robot operating system', 'ros2', 'ros 2'],
  },
  {
    id: 'simulation',
    name: 'Simulation environments',
    parent: 'robotics',
    aliases: ['isaac sim', 'mujoco', 'gazebo', 'pybullet', 'carla simulator', 'sim2real'],
  },
]);
