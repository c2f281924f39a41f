/** holdout-z's variants start with `holdout-z-` (see scenarios/held-out-campaign.ts). */
import { heldOutCampaign } from '../scenarios/held-out-campaign';

export { liveTrigger } from '../scenarios/held-out-campaign';
export const HOLDOUT_Z_VARIANT_PREFIX = 'holdout-z-';
export const holdoutZCampaign = heldOutCampaign(HOLDOUT_Z_VARIANT_PREFIX);
