/** holdout-n's variants start with `holdout-n-` (see scenarios/held-out-campaign.ts). */
import { heldOutCampaign } from '../scenarios/held-out-campaign';

export { liveTrigger } from '../scenarios/held-out-campaign';
export const HOLDOUT_N_VARIANT_PREFIX = 'holdout-n-';
export const holdoutNCampaign = heldOutCampaign(HOLDOUT_N_VARIANT_PREFIX);
