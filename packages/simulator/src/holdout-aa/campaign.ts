/** holdout-aa's variants start with `holdout-aa-` (see scenarios/held-out-campaign.ts). */
import { heldOutCampaign } from '../scenarios/held-out-campaign';

export { liveTrigger } from '../scenarios/held-out-campaign';
export const HOLDOUT_AA_VARIANT_PREFIX = 'holdout-aa-';
export const holdoutAaCampaign = heldOutCampaign(HOLDOUT_AA_VARIANT_PREFIX);
