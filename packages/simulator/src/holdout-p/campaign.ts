/** holdout-p's variants start with `holdout-p-` (see scenarios/held-out-campaign.ts). */
import { heldOutCampaign } from '../scenarios/held-out-campaign';

export { liveTrigger } from '../scenarios/held-out-campaign';
export const HOLDOUT_P_VARIANT_PREFIX = 'holdout-p-';
export const holdoutPCampaign = heldOutCampaign(HOLDOUT_P_VARIANT_PREFIX);
