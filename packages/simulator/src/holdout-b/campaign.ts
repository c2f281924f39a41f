/** holdout-b's variants start with `holdout-b-` (see scenarios/held-out-campaign.ts). */
import { heldOutCampaign } from '../scenarios/held-out-campaign';

export { liveTrigger } from '../scenarios/held-out-campaign';
export const HOLDOUT_B_VARIANT_PREFIX = 'holdout-b-';
export const holdoutBCampaign = heldOutCampaign(HOLDOUT_B_VARIANT_PREFIX);
