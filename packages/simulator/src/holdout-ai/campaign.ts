/** holdout-ai's variants start with `holdout-ai-` (see scenarios/held-out-campaign.ts). */
import { heldOutCampaign } from '../scenarios/held-out-campaign';

export { liveTrigger } from '../scenarios/held-out-campaign';
export const HOLDOUT_AI_VARIANT_PREFIX = 'holdout-ai-';
export const holdoutAiCampaign = heldOutCampaign(HOLDOUT_AI_VARIANT_PREFIX);
