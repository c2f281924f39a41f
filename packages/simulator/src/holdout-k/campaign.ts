/** holdout-k's variants start with `holdout-k-` (see scenarios/held-out-campaign.ts). */
import { heldOutCampaign } from '../scenarios/held-out-campaign';

export { liveTrigger } from '../scenarios/held-out-campaign';
export const HOLDOUT_K_VARIANT_PREFIX = 'holdout-k-';
export const holdoutKCampaign = heldOutCampaign(HOLDOUT_K_VARIANT_PREFIX);
