/** holdout-u's variants start with `holdout-u-` (see scenarios/held-out-campaign.ts). */
import { heldOutCampaign } from '../scenarios/held-out-campaign';

export { liveTrigger } from '../scenarios/held-out-campaign';
export const HOLDOUT_U_VARIANT_PREFIX = 'holdout-u-';
export const holdoutUCampaign = heldOutCampaign(HOLDOUT_U_VARIANT_PREFIX);
