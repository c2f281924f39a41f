/**
 * holdout-az's ordinary work, one workflow per agent type: what the simulator plays for the history
 * week and the ordinary live sessions when the corpus is holdout-az (scenarios/corpus.ts,
 * `ordinaryWorkflows`), so that the labelled sessions use tools the agents have a history with.
 */
import type { AgentType } from '../../fleet';
import type { Workflow } from '../../workflows/workflow';
import { holdoutAzAssistantWorkflow } from './assistant';
import { holdoutAzDevopsWorkflow } from './devops';
import { holdoutAzFinanceWorkflow } from './finance';
import { holdoutAzHrWorkflow } from './hr';
import { holdoutAzSupportWorkflow } from './support';

export const HOLDOUT_AZ_WORKFLOWS: Readonly<Record<AgentType, Workflow>> = {
  'support-agent': holdoutAzSupportWorkflow,
  'hr-agent': holdoutAzHrWorkflow,
  'finance-agent': holdoutAzFinanceWorkflow,
  'devops-agent': holdoutAzDevopsWorkflow,
  'assistant-agent': holdoutAzAssistantWorkflow,
};
