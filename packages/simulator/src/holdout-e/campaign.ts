/** holdout-e's variants start with `holdout-e-` (see scenarios/held-out-campaign.ts). */
import { heldOutCampaign } from '../scenarios/held-out-campaign';

export { liveTrigger } from '../scenarios/held-out-campaign';
export const HOLDOUT_E_VARIANT_PREFIX = 'holdout-e-';
export const holdoutECampaign = heldOutCampaign(HOLDOUT_E_VARIANT_PREFIX);
