/**
 * holdout-bc's ordinary work, one workflow per agent type: what the simulator plays for the history
 * week and the ordinary live sessions when the corpus is holdout-bc (scenarios/corpus.ts,
 * `ordinaryWorkflows`), so that the labelled sessions use tools and reach destinations the agents
 * have a history with, or meet for the first time the way a real week brings them.
 */
import type { AgentType } from '../../fleet';
import type { Workflow } from '../../workflows/workflow';
import { holdoutBcAssistantWorkflow } from './assistant';
import { holdoutBcDevopsWorkflow } from './devops';
import { holdoutBcFinanceWorkflow } from './finance';
import { holdoutBcHrWorkflow } from './hr';
import { holdoutBcSupportWorkflow } from './support';

export const HOLDOUT_BC_WORKFLOWS: Readonly<Record<AgentType, Workflow>> = {
  'support-agent': holdoutBcSupportWorkflow,
  'hr-agent': holdoutBcHrWorkflow,
  'finance-agent': holdoutBcFinanceWorkflow,
  'devops-agent': holdoutBcDevopsWorkflow,
  'assistant-agent': holdoutBcAssistantWorkflow,
};
