/** holdout-ap's variants start with `holdout-ap-` (see scenarios/held-out-campaign.ts). */
import { heldOutCampaign } from '../scenarios/held-out-campaign';

export { liveTrigger } from '../scenarios/held-out-campaign';
export const HOLDOUT_AP_VARIANT_PREFIX = 'holdout-ap-';
export const holdoutApCampaign = heldOutCampaign(HOLDOUT_AP_VARIANT_PREFIX);
