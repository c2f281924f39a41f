/** holdout-c's variants start with `holdout-c-` (see scenarios/held-out-campaign.ts). */
import { heldOutCampaign } from '../scenarios/held-out-campaign';

export { liveTrigger } from '../scenarios/held-out-campaign';
export const HOLDOUT_C_VARIANT_PREFIX = 'holdout-c-';
export const holdoutCCampaign = heldOutCampaign(HOLDOUT_C_VARIANT_PREFIX);
