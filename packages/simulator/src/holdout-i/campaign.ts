/** holdout-i's variants start with `holdout-i-` (see scenarios/held-out-campaign.ts). */
import { heldOutCampaign } from '../scenarios/held-out-campaign';

export { liveTrigger } from '../scenarios/held-out-campaign';
export const HOLDOUT_I_VARIANT_PREFIX = 'holdout-i-';
export const holdoutICampaign = heldOutCampaign(HOLDOUT_I_VARIANT_PREFIX);
