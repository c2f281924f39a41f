/** holdout-bb's variants start with `holdout-bb-` (see scenarios/held-out-campaign.ts). */
import { heldOutCampaign } from '../scenarios/held-out-campaign';

export { liveTrigger } from '../scenarios/held-out-campaign';
export const HOLDOUT_BB_VARIANT_PREFIX = 'holdout-bb-';
export const holdoutBbCampaign = heldOutCampaign(HOLDOUT_BB_VARIANT_PREFIX);
