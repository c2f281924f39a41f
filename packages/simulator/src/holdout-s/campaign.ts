/** holdout-s's variants start with `holdout-s-` (see scenarios/held-out-campaign.ts). */
import { heldOutCampaign } from '../scenarios/held-out-campaign';

export { liveTrigger } from '../scenarios/held-out-campaign';
export const HOLDOUT_S_VARIANT_PREFIX = 'holdout-s-';
export const holdoutSCampaign = heldOutCampaign(HOLDOUT_S_VARIANT_PREFIX);
