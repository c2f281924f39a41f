/** holdout-am's variants start with `holdout-am-` (see scenarios/held-out-campaign.ts). */
import { heldOutCampaign } from '../scenarios/held-out-campaign';

export { liveTrigger } from '../scenarios/held-out-campaign';
export const HOLDOUT_AM_VARIANT_PREFIX = 'holdout-am-';
export const holdoutAmCampaign = heldOutCampaign(HOLDOUT_AM_VARIANT_PREFIX);
