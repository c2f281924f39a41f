/**
 * holdout-be's ordinary work, one workflow per agent type: what the simulator plays for the history
 * week and the ordinary live sessions when the corpus is holdout-be (scenarios/corpus.ts,
 * `ordinaryWorkflows`), so that the labelled sessions use tools and reach destinations the agents
 * have a history with, or meet for the first time the way a real week brings them.
 */
import type { AgentType } from '../../fleet';
import type { Workflow } from '../../workflows/workflow';
import { holdoutBeAssistantWorkflow } from './assistant';
import { holdoutBeDevopsWorkflow } from './devops';
import { holdoutBeFinanceWorkflow } from './finance';
import { holdoutBeHrWorkflow } from './hr';
import { holdoutBeSupportWorkflow } from './support';

export const HOLDOUT_BE_WORKFLOWS: Readonly<Record<AgentType, Workflow>> = {
  'support-agent': holdoutBeSupportWorkflow,
  'hr-agent': holdoutBeHrWorkflow,
  'finance-agent': holdoutBeFinanceWorkflow,
  'devops-agent': holdoutBeDevopsWorkflow,
  'assistant-agent': holdoutBeAssistantWorkflow,
};
