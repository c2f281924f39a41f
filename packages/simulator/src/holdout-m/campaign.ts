/** holdout-m's variants start with `holdout-m-` (see scenarios/held-out-campaign.ts). */
import { heldOutCampaign } from '../scenarios/held-out-campaign';

export { liveTrigger } from '../scenarios/held-out-campaign';
export const HOLDOUT_M_VARIANT_PREFIX = 'holdout-m-';
export const holdoutMCampaign = heldOutCampaign(HOLDOUT_M_VARIANT_PREFIX);
