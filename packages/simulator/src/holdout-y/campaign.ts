/** holdout-y's variants start with `holdout-y-` (see scenarios/held-out-campaign.ts). */
import { heldOutCampaign } from '../scenarios/held-out-campaign';

export { liveTrigger } from '../scenarios/held-out-campaign';
export const HOLDOUT_Y_VARIANT_PREFIX = 'holdout-y-';
export const holdoutYCampaign = heldOutCampaign(HOLDOUT_Y_VARIANT_PREFIX);
