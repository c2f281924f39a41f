/** holdout-ao's variants start with `holdout-ao-` (see scenarios/held-out-campaign.ts). */
import { heldOutCampaign } from '../scenarios/held-out-campaign';

export { liveTrigger } from '../scenarios/held-out-campaign';
export const HOLDOUT_AO_VARIANT_PREFIX = 'holdout-ao-';
export const holdoutAoCampaign = heldOutCampaign(HOLDOUT_AO_VARIANT_PREFIX);
