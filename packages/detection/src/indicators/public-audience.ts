import type { ArgumentField } from './arguments';

// Where APIs say who may read what a call creates: a post's or page's `visibility`, a sandbox's
// `privacy`, a gist's `public`, an object ACL, a dashboard's `share`, a video's `privacy_status`.
const AUDIENCE_KEY = /^(?:visibility|privacy|privacy_status|privacy_level|access|access_level|audience|sharing|share|share_type|permission_level|permissionlevel|acl|canned_acl)$/;
const ANYONE = /^(?:public|public[-_]read(?:[-_]write)?|anyone|anyone[-_]with[-_](?:the[-_])?link|anyonewithlink|everyone|world|internet)$/;
// A social page's or a shop's `published` (Graph API, Shopify) is what puts the post in front of everyone.
const PUBLIC_FLAG = /^(?:public|is_public|make_public|publicly_accessible|publicly_readable|public_access|published)$/;
// GitHub, Gitea, GitLab's and Hugging Face's APIs say a repository (and what is filed in it) is
// public by saying it is not private.
const PRIVATE_FLAG = /^(?:private|is_private)$/;

/**
 * The call's arguments (or what it created, in its result) say anyone may read it: a page in a
 * public docs space, a public gist or sandbox, a public-read object. Publishing is the widest send
 * there is, whatever the tool is called and whether or not a host is named.
 */
export function opensToAnyone(fields: readonly ArgumentField[]): boolean {
  return fields.some(
    (f) => (AUDIENCE_KEY.test(f.key) && ANYONE.test(f.value.trim().toLowerCase())) || (PUBLIC_FLAG.test(f.key) && f.value === 'true') || (PRIVATE_FLAG.test(f.key) && f.value === 'false'),
  );
}

const PREFIX = 'public:';

/**
 * The audience of a public post, as a destination: everyone reading the service the tool belongs to
 * (`public:gitbook`). A profile learns it like a channel, so an agent whose job is publishing there
 * has it on record, and a first publication is as new as a first post to #general.
 */
export function publicAudience(dataDomain: string): string {
  return `${PREFIX}${dataDomain}`;
}

export function isPublicAudience(channel: string): boolean {
  return channel.startsWith(PREFIX);
}
