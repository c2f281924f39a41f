/** holdout-bc's variants start with `holdout-bc-` (see scenarios/held-out-campaign.ts). */
import { heldOutCampaign } from '../scenarios/held-out-campaign';

export { liveTrigger } from '../scenarios/held-out-campaign';
export const HOLDOUT_BC_VARIANT_PREFIX = 'holdout-bc-';
export const holdoutBcCampaign = heldOutCampaign(HOLDOUT_BC_VARIANT_PREFIX);
