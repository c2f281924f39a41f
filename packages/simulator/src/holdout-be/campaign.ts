/** holdout-be's variants start with `holdout-be-` (see scenarios/held-out-campaign.ts). */
import { heldOutCampaign } from '../scenarios/held-out-campaign';

export { liveTrigger } from '../scenarios/held-out-campaign';
export const HOLDOUT_BE_VARIANT_PREFIX = 'holdout-be-';
export const holdoutBeCampaign = heldOutCampaign(HOLDOUT_BE_VARIANT_PREFIX);
