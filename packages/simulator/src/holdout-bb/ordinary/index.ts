/**
 * holdout-bb's ordinary work, one workflow per agent type: what the simulator plays for the history
 * week and the ordinary live sessions when the corpus is holdout-bb (scenarios/corpus.ts,
 * `ordinaryWorkflows`), so that the labelled sessions use tools and reach destinations the agents
 * have a history with, or meet for the first time the way a real week brings them.
 */
import type { AgentType } from '../../fleet';
import type { Workflow } from '../../workflows/workflow';
import { holdoutBbAssistantWorkflow } from './assistant';
import { holdoutBbDevopsWorkflow } from './devops';
import { holdoutBbFinanceWorkflow } from './finance';
import { holdoutBbHrWorkflow } from './hr';
import { holdoutBbSupportWorkflow } from './support';

export const HOLDOUT_BB_WORKFLOWS: Readonly<Record<AgentType, Workflow>> = {
  'support-agent': holdoutBbSupportWorkflow,
  'hr-agent': holdoutBbHrWorkflow,
  'finance-agent': holdoutBbFinanceWorkflow,
  'devops-agent': holdoutBbDevopsWorkflow,
  'assistant-agent': holdoutBbAssistantWorkflow,
};
