/** holdout-x's variants start with `holdout-x-` (see scenarios/held-out-campaign.ts). */
import { heldOutCampaign } from '../scenarios/held-out-campaign';

export { liveTrigger } from '../scenarios/held-out-campaign';
export const HOLDOUT_X_VARIANT_PREFIX = 'holdout-x-';
export const holdoutXCampaign = heldOutCampaign(HOLDOUT_X_VARIANT_PREFIX);
