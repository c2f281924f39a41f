/** holdout-ah's variants start with `holdout-ah-` (see scenarios/held-out-campaign.ts). */
import { heldOutCampaign } from '../scenarios/held-out-campaign';

export { liveTrigger } from '../scenarios/held-out-campaign';
export const HOLDOUT_AH_VARIANT_PREFIX = 'holdout-ah-';
export const holdoutAhCampaign = heldOutCampaign(HOLDOUT_AH_VARIANT_PREFIX);
