/**
 * holdout-bd's ordinary work, one workflow per agent type: what the simulator plays for the history
 * week and the ordinary live sessions when the corpus is holdout-bd (scenarios/corpus.ts,
 * `ordinaryWorkflows`), so that the labelled sessions use tools and reach destinations the agents
 * have a history with, or meet for the first time the way a real week brings them.
 */
import type { AgentType } from '../../fleet';
import type { Workflow } from '../../workflows/workflow';
import { holdoutBdAssistantWorkflow } from './assistant';
import { holdoutBdDevopsWorkflow } from './devops';
import { holdoutBdFinanceWorkflow } from './finance';
import { holdoutBdHrWorkflow } from './hr';
import { holdoutBdSupportWorkflow } from './support';

export const HOLDOUT_BD_WORKFLOWS: Readonly<Record<AgentType, Workflow>> = {
  'support-agent': holdoutBdSupportWorkflow,
  'hr-agent': holdoutBdHrWorkflow,
  'finance-agent': holdoutBdFinanceWorkflow,
  'devops-agent': holdoutBdDevopsWorkflow,
  'assistant-agent': holdoutBdAssistantWorkflow,
};
