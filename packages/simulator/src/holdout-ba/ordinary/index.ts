/**
 * holdout-ba's ordinary work, one workflow per agent type: what the simulator plays for the history
 * week and the ordinary live sessions when the corpus is holdout-ba (scenarios/corpus.ts,
 * `ordinaryWorkflows`), so that the labelled sessions use tools and reach destinations the agents
 * have a history with, or meet for the first time the way a real week brings them.
 */
import type { AgentType } from '../../fleet';
import type { Workflow } from '../../workflows/workflow';
import { holdoutBaAssistantWorkflow } from './assistant';
import { holdoutBaDevopsWorkflow } from './devops';
import { holdoutBaFinanceWorkflow } from './finance';
import { holdoutBaHrWorkflow } from './hr';
import { holdoutBaSupportWorkflow } from './support';

export const HOLDOUT_BA_WORKFLOWS: Readonly<Record<AgentType, Workflow>> = {
  'support-agent': holdoutBaSupportWorkflow,
  'hr-agent': holdoutBaHrWorkflow,
  'finance-agent': holdoutBaFinanceWorkflow,
  'devops-agent': holdoutBaDevopsWorkflow,
  'assistant-agent': holdoutBaAssistantWorkflow,
};
