/** holdout-d's variants start with `holdout-d-` (see scenarios/held-out-campaign.ts). */
import { heldOutCampaign } from '../scenarios/held-out-campaign';

export { liveTrigger } from '../scenarios/held-out-campaign';
export const HOLDOUT_D_VARIANT_PREFIX = 'holdout-d-';
export const holdoutDCampaign = heldOutCampaign(HOLDOUT_D_VARIANT_PREFIX);
