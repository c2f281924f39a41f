/** holdout-aj's variants start with `holdout-aj-` (see scenarios/held-out-campaign.ts). */
import { heldOutCampaign } from '../scenarios/held-out-campaign';

export { liveTrigger } from '../scenarios/held-out-campaign';
export const HOLDOUT_AJ_VARIANT_PREFIX = 'holdout-aj-';
export const holdoutAjCampaign = heldOutCampaign(HOLDOUT_AJ_VARIANT_PREFIX);
