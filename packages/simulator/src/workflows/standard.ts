/**
 * The standard company's ordinary work, one workflow per agent type: what history and the live
 * phase play between the labelled sessions, unless a corpus's world brings its own
 * (scenarios/corpus.ts, `ordinaryWorkflows`).
 */
import type { AgentType } from '../fleet';
import { assistantWorkflow } from './assistant';
import { devopsWorkflow } from './devops';
import { financeWorkflow } from './finance';
import { hrWorkflow } from './hr';
import { supportWorkflow } from './support';
import type { Workflow } from './workflow';

export const STANDARD_WORKFLOWS: Readonly<Record<AgentType, Workflow>> = {
  'support-agent': supportWorkflow,
  'hr-agent': hrWorkflow,
  'finance-agent': financeWorkflow,
  'devops-agent': devopsWorkflow,
  'assistant-agent': assistantWorkflow,
};
