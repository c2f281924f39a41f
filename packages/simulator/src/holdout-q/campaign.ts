/** holdout-q's variants start with `holdout-q-` (see scenarios/held-out-campaign.ts). */
import { heldOutCampaign } from '../scenarios/held-out-campaign';

export { liveTrigger } from '../scenarios/held-out-campaign';
export const HOLDOUT_Q_VARIANT_PREFIX = 'holdout-q-';
export const holdoutQCampaign = heldOutCampaign(HOLDOUT_Q_VARIANT_PREFIX);
