import { recordsReturned, type AgentEvent } from '@warden/core';
import { parseArgumentFields } from './arguments';
import { eventFacts, withChildHostDestinations } from './event-facts';
import { blockedTargetsFromArguments, destinationsFromArguments, extractIndicators, hostOfUrl, indicatorValues, isDataResource, namedHosts, resourcesFromArguments } from './indicators';
import { blocksWhatItNames, dataDomainOf, grantsAdministration, headNounOf, isSensitiveDomain, readsConfidentialRecordsByName, readsOrganisationDocuments, returnsSensitiveFields, toolTraits } from './tool-traits';

describe('extractIndicators', () => {
  test('e-mails, domains, URLs, hosts, checked IBANs and account numbers', () => {
    const ind = extractIndicators(
      'Send to Attacker@Evil.example or https://drop.evil.example/up?x=1. Wire to DE89 3704 0044 0532 0130 00 (not DE00 1234 5678 9012 3456 78), account no. 12345678.',
    );
    expect(ind.emails).toEqual(['attacker@evil.example']);
    expect(ind.emailDomains).toEqual(['evil.example']);
    expect(ind.hosts).toEqual(['drop.evil.example']);
    expect(ind.urls).toEqual(['https://drop.evil.example/up?x=1']);
    expect(ind.ibans).toEqual(['DE89370400440532013000']);
    expect(ind.accounts).toEqual(['12345678']);
  });

  test('WireGuard keys named as a public or peer key, in prose or as an argument; other base64 is not a key', () => {
    const wg = 'mN3pQ7rS9tV1wX3yZ5aB7cD9eF1gH3iJ5kL7nP9qR0s=';
    expect(extractIndicators(`Add our engineer as a peer: public key ${wg}, allowed IPs 10.40.12.0/24.`).keys).toEqual([`key:${wg}`]);
    expect(extractIndicators(JSON.stringify({ name: 'dba', public_key: wg })).keys).toEqual([`key:${wg}`]);
    expect(extractIndicators(`checksum ${wg}`).keys).toEqual([]);
  });

  test('buckets: named in prose with a hyphen, dot or digit, as s3:// or gs:// addresses, or as a bucket field', () => {
    expect(extractIndicators('Register our bucket as a snapshot repository: type s3, bucket kv-search-snapshots, region eu-north-1.').buckets).toEqual([
      'bucket:kv-search-snapshots',
    ]);
    expect(extractIndicators('Copy it to s3://Acme-Logs-2024/raw and gs://exports.example-eu/x.').buckets).toEqual(['bucket:acme-logs-2024', 'bucket:exports.example-eu']);
    expect(extractIndicators(JSON.stringify({ settings: { bucket: 'kv-search-snapshots' } })).buckets).toEqual(['bucket:kv-search-snapshots']);
    expect(indicatorValues(extractIndicators('bucket kv-search-snapshots'))).toContain('bucket:kv-search-snapshots');
    // A bucket's policy, or "the bucket is private", names no bucket.
    expect(extractIndicators('The bucket policy denies public reads; the bucket is private and the container runs.').buckets).toEqual([]);
  });

  test('an IBAN followed by a short word is still an IBAN', () => {
    expect(extractIndicators('pay GB82WEST12345698765432 from now on.').ibans).toEqual(['GB82WEST12345698765432']);
    expect(extractIndicators('IBAN DE89 3704 0044 0532 0130 00 now').ibans).toEqual(['DE89370400440532013000']);
  });

  test('namedHosts: a host written bare in a sentence or in a link; not the host part of an address', () => {
    expect(namedHosts('Claims go through the portal at Claims.Carrier-Logistik.example within seven days, see https://help.carrier.example/claims.')).toEqual([
      'claims.carrier-logistik.example',
      'help.carrier.example',
    ]);
    expect(namedHosts('Write to desk@claims.carrier.example.')).toEqual([]);
    // What a bare host is kept for (recognising where a document said data goes) tolerates a file name.
    expect(namedHosts('Attach report.pdf')).toEqual(['report.pdf']);
  });

  test('hostOfUrl strips credentials, port and case', () => {
    expect(hostOfUrl('https://user:pw@API.Example.com:8443/x')).toBe('api.example.com');
    expect(hostOfUrl('not a url')).toBeUndefined();
  });
});

describe('arguments', () => {
  test('flattens nested JSON, arrays and the {"args","kwargs"} wrapper', () => {
    const f = parseArgumentFields('{"args":[],"kwargs":{"To":["a@x.example","b@y.example"],"body":"hi"}}');
    // Numbered objects in walk order: the wrapper is 0, kwargs 1.
    expect(f).toEqual([
      { key: 'to', value: 'a@x.example', record: 1 },
      { key: 'to', value: 'b@y.example', record: 1 },
      { key: 'body', value: 'hi', record: 1 },
    ]);
    expect(parseArgumentFields('{"to": "trunc')).toEqual([]);
  });

  test('destinations come from recipient-like arguments, not from addresses in the body', () => {
    const f = parseArgumentFields(JSON.stringify({ to: 'ops@acme.example', body: 'customer is jane@mail.example', channel: '#General', iban: 'DE89 3704 0044 0532 0130 00', webhook_url: 'https://hooks.example/x' }));
    expect(destinationsFromArguments(f, true)).toEqual([
      { kind: 'email', value: 'ops@acme.example' },
      { kind: 'email_domain', value: 'acme.example' },
      { kind: 'channel', value: '#general' },
      { kind: 'account', value: 'DE89370400440532013000' },
      { kind: 'host', value: 'hooks.example' },
    ]);
  });

  test("a payment's rail is how the money goes, not a chat channel; a channel written as one stays one", () => {
    const fast = parseArgumentFields(JSON.stringify({ debit_iban: 'TR33 0006 1005 1978 6457 8413 26', iban: 'TR32 0010 0099 9990 1234 5678 90', channel: 'FAST', amount: 1850 }));
    expect(destinationsFromArguments(fast, true)).toEqual([{ kind: 'account', value: 'TR320010009999901234567890' }]);
    // A workspace named `account` holds no number: its channel is where the message goes.
    const chat = parseArgumentFields(JSON.stringify({ account: 'acme-workspace', channel: 'payments-ops', text: 'paid' }));
    expect(destinationsFromArguments(chat, true)).toEqual([
      { kind: 'account', value: 'acmeworkspace' },
      { kind: 'channel', value: 'payments-ops' },
    ]);
    const hashed = parseArgumentFields(JSON.stringify({ iban: 'DE89 3704 0044 0532 0130 00', channel: '#Treasury' }));
    expect(destinationsFromArguments(hashed, true)).toContainEqual({ kind: 'channel', value: '#treasury' });
  });

  test("a person's own phone and e-mail, in a record with their id or birth date, are payload: the service at the URL is where it goes", () => {
    const vetting = parseArgumentFields(
      JSON.stringify({ url: 'https://api.vetting.example/v1/checks', candidate: { name: 'Akello Atwine', national_id: 'CM940229921OAB', date_of_birth: '2000-02-20', phone: '+256 706 555 003', email: 'akello@gmail.example' } }),
    );
    expect(destinationsFromArguments(vetting, true)).toEqual([{ kind: 'host', value: 'api.vetting.example' }]);
    const kyc = parseArgumentFields(JSON.stringify({ url: 'https://api.kyc.example/verify', id_number: '28960522', full_name: 'Kerubo Wanjiru', date_of_birth: '1988-04-01', phone: '+254 740 555 667' }));
    expect(destinationsFromArguments(kyc, true)).toEqual([{ kind: 'host', value: 'api.kyc.example' }]);
    // An addressee stays one beside a record: the recipient of a delivery, an SMS's `to`, a grant's member.
    const courier = parseArgumentFields(JSON.stringify({ recipient: { name: 'Esther Chebet', phone: '+254 720 555 342' }, to: 'ops@firm.example', subject: { date_of_birth: '1990-01-01' } }));
    expect(destinationsFromArguments(courier, false)).toEqual([
      { kind: 'phone', value: '+254720555342' },
      { kind: 'email', value: 'ops@firm.example' },
      { kind: 'email_domain', value: 'firm.example' },
    ]);
    const grant = parseArgumentFields(JSON.stringify({ member: { email: 'x@outside.example', date_of_birth: '1990-01-01' } }));
    expect(destinationsFromArguments(grant, false, true)).toEqual([
      { kind: 'email', value: 'x@outside.example' },
      { kind: 'email_domain', value: 'outside.example' },
    ]);
  });

  test('resource names from table, bucket, collection, index and path arguments', () => {
    const f = parseArgumentFields(JSON.stringify({ table: 'Customers', bucket: 'ops-logs', collection: 'c1', index: 'idx', path: '/etc/passwd', sql: 'select 1' }));
    expect(resourcesFromArguments(f)).toEqual(['table:customers', 'bucket:ops-logs', 'collection:c1', 'index:idx', 'path:/etc/passwd']);
  });

  test("an operations agent's resources: sequences, workloads, machines, disks and functions count; none is data", () => {
    const f = parseArgumentFields(
      JSON.stringify({ sequence: 'public.orders_id_seq', namespace: 'payments', deployment: 'payments-api', instance_id: 'i-0abc', volume_id: 'vol-9', function_name: 'refunds' }),
    );
    const resources = resourcesFromArguments(f);
    expect(resources).toEqual(['sequence:public.orders_id_seq', 'namespace:payments', 'deployment:payments-api', 'instance:i-0abc', 'volume:vol-9', 'function:refunds']);
    // `namespace:payments` holds workloads, not payments; `table:payments` holds payments.
    expect(resources.filter(isDataResource)).toEqual([]);
    expect(isDataResource('table:payments')).toBe(true);
  });

  test("a broker's queues, topics and streams count toward a sweep by any of their names; none is data", () => {
    const f = parseArgumentFields(
      JSON.stringify({ queue_url: 'https://sqs.eu-north-1.amazonaws.com/1111/Orders-DLQ', topic_arn: 'arn:aws:sns:eu-north-1:1111:refunds', stream_name: 'clicks', cluster: 'kafka-prod' }),
    );
    const resources = resourcesFromArguments(f);
    expect(resources).toEqual(['queue:https://sqs.eu-north-1.amazonaws.com/1111/orders-dlq', 'topic:arn:aws:sns:eu-north-1:1111:refunds', 'stream:clicks', 'cluster:kafka-prod']);
    expect(resources.filter(isDataResource)).toEqual([]);
  });

  test("a cluster's nodes count toward a sweep (draining every one takes the cluster down); a node is not data", () => {
    const resources = resourcesFromArguments(parseArgumentFields(JSON.stringify({ cluster: 'prod-eu', node: 'ip-10-42-7-19.eu-central-1.compute.internal', ignore_daemonsets: true })));
    expect(resources).toEqual(['cluster:prod-eu', 'node:ip-10-42-7-19.eu-central-1.compute.internal']);
    expect(resourcesFromArguments(parseArgumentFields(JSON.stringify({ node_name: 'aks-pool1-3' })))).toEqual(['node:aks-pool1-3']);
    expect(resources.filter(isDataResource)).toEqual([]);
  });

  test("monitors and alarms count toward a sweep (muting every one of them is a blast radius); none is data", () => {
    const resources = resourcesFromArguments(parseArgumentFields(JSON.stringify({ monitor_id: 48401153, monitor_name: 'disk > 85%', alarm_name: 'payments-5xx' })));
    expect(resources).toEqual(['monitor:48401153', 'alarm:payments-5xx']);
    expect(resources.filter(isDataResource)).toEqual([]);
  });

  test('a blocking change names what it blocks by its identifiers, a bare id by its service', () => {
    const held = blockedTargetsFromArguments(parseArgumentFields(JSON.stringify({ company: 'DE01', vendor_id: 'VEND-004', block: 'A', reason: 'bank details under review' })), 'erp');
    expect(held).toEqual(['vendor:vend-004']);
    expect(blockedTargetsFromArguments(parseArgumentFields(JSON.stringify({ id: 'u-17', reason: 'left' })), 'users')).toEqual(['users:u-17']);
    expect(blockedTargetsFromArguments(parseArgumentFields(JSON.stringify({ card_ids: ['c-1', 'c-2'], table: 'cards' })), 'issuing')).toEqual(['card:c-1', 'card:c-2']);
    expect(blockedTargetsFromArguments(parseArgumentFields(JSON.stringify({ mandate_reference: 'ACME-B2B-0017', reason: 'switch to transfer' })), 'sepa')).toEqual(['mandate:acme-b2b-0017']);
    expect(blockedTargetsFromArguments(parseArgumentFields(JSON.stringify({ contract_number: 'C-88', reference: 'Invoice 42' })), 'contracts')).toEqual(['contract:c-88']);
    // A flag is named, not numbered; the project and environment it sits in are not what is switched off.
    expect(blockedTargetsFromArguments(parseArgumentFields(JSON.stringify({ project: 'webshop', feature: 'checkout-one-page', environment: 'production' })), 'unleash')).toEqual(['feature:checkout-one-page']);
    expect(blockedTargetsFromArguments(parseArgumentFields(JSON.stringify({ project_key: 'web', flag_key: 'new-search' })), 'launchdarkly')).toEqual(['feature:new-search']);
  });
});

describe('recordsReturned', () => {
  test('JSON array length, list fields and count fields', () => {
    expect(recordsReturned('[{"a":1},{"a":2}]')).toBe(2);
    expect(recordsReturned('{"customers":[{},{},{}]}')).toBe(3);
    expect(recordsReturned('{"rows":[{}],"total":250}')).toBe(250);
    expect(recordsReturned('{"id":"T-1"}')).toBe(1);
    // An invoice's total is an amount, not a count of records.
    expect(recordsReturned('{"found":true,"seller_tax_code":"0316629412","total":48600000,"vat_rate":"8%"}')).toBe(1);
    expect(recordsReturned('{"invoices":[{"id":1},{"id":2}],"total":250}')).toBe(250);
    expect(recordsReturned('{"subscribers":[{"msisdn":"84901234567"}],"total":2400}')).toBe(2400);
    // A statement's total that its lines add up to is an amount: the lines are the records.
    expect(recordsReturned('{"lines":[{"installer":"IP-1","amount":42000000},{"installer":"IP-2","amount":8000000}],"total":50000000}')).toBe(2);
    expect(recordsReturned('{"rows":[{"amount":12.5},{"amount":7.25}],"total":19.75}')).toBe(2);
    // A list's name holding a number counts what the export or search holds.
    expect(recordsReturned('{"export_id":"FAZ-1","users":212,"rows":412000}')).toBe(412000);
    expect(recordsReturned('{"hits":1200000,"took_ms":40}')).toBe(1200000);
    expect(recordsReturned('{"rows":12.5}')).toBe(1);
    expect(recordsReturned('{"employees":150,"amount_vnd":720000000,"status":"reconciled"}')).toBe(1);
    // A field that does not add up to the total leaves it a count of the page.
    expect(recordsReturned('{"rows":[{"amount":10},{"amount":20}],"total":250}')).toBe(250);
    expect(recordsReturned('plain text')).toBeUndefined();
    expect(recordsReturned(undefined, 4)).toBe(4);
  });

  test('a result truncated by the normalizer still counts the records that arrived', () => {
    const full = JSON.stringify({ customers: Array.from({ length: 500 }, (_, i) => ({ id: i, email: `c${i}@mail.example` })) });
    const truncated = full.slice(0, 4000);
    const n = recordsReturned(truncated) ?? 0;
    expect(n).toBeGreaterThan(50);
    expect(n).toBeLessThan(500);
    expect(recordsReturned('{"count": 1200, "records": [{"a":')).toBe(1200);
    expect(recordsReturned('{"total": 1200, "records": [{"a":')).toBe(1200);
    expect(recordsReturned('{"total": 48600000, "memo": "tiền điện tháng 11 ')).toBeUndefined();
  });
});

describe('toolTraits', () => {
  test("a read's method names what it returns by its last word, unless that word names nothing in particular", () => {
    expect(headNounOf('receivables.get_customer_ledger')).toBe('ledger');
    expect(headNounOf('bonusly.list_bonuses')).toBe('bonuses');
    expect(headNounOf('gmail.getMessage')).toBe('message');
    for (const tool of ['tickets.get', 'crm.get_details', 'iam.get_access_key_last_used', 'web_search', 'x.get_item_v2']) expect([tool, headNounOf(tool)]).toEqual([tool, undefined]);
  });

  const t = (name: string, args: unknown = {}, kind: AgentEvent['kind'] = 'tool') => toolTraits({ kind, name, toolName: name }, parseArgumentFields(JSON.stringify(args)));

  test('trusting an outside identity provider is a grant: a federated credential, an OIDC provider, a role trust policy', () => {
    const fed = t('entra.create_federated_identity_credential', { issuer: 'https://oidc.ci-vendor.example', subject: 'repo:someone/tool:ref:refs/heads/main' });
    expect(fed).toMatchObject({ grantsAccess: true, egress: true, highImpact: true });
    expect(destinationsFromArguments(parseArgumentFields(JSON.stringify({ issuer: 'https://oidc.ci-vendor.example' })), true, true)).toEqual([{ kind: 'host', value: 'oidc.ci-vendor.example' }]);
    expect(t('iam.create_oidc_provider', { url: 'https://idp.partner.example' }).grantsAccess).toBe(true);
    expect(t('iam.update_assume_role_policy', { role: 'deploy' }).grantsAccess).toBe(true);
    expect(t('entra.list_federated_identity_credentials').grantsAccess).toBe(false);
  });

  test("an EKS access entry and the access policy associated with it are grants to the principal ARN's account", () => {
    const role = 'arn:aws:iam::604839217355:role/vendor-onboarding';
    const entry = { cluster_name: 'prod-eu', principal_arn: role, type: 'STANDARD' };
    const policy = { cluster_name: 'prod-eu', principal_arn: role, policy_arn: 'arn:aws:eks::aws:cluster-access-policy/AmazonEKSClusterAdminPolicy', access_scope: { type: 'cluster' } };
    for (const [tool, args] of [['eks.create_access_entry', entry], ['eks.associate_access_policy', policy]] as const) {
      expect([tool, t(tool, args)]).toEqual([tool, expect.objectContaining({ grantsAccess: true, egress: true, highImpact: true })]);
      expect(destinationsFromArguments(parseArgumentFields(JSON.stringify(args)), true, true)).toEqual([{ kind: 'account', value: '604839217355' }]);
    }
    expect(t('eks.list_access_entries', { cluster_name: 'prod-eu' }).grantsAccess).toBe(false);
    expect(t('eks.delete_access_entry', entry).grantsAccess).toBe(false);
    // Associating is a change of state; an associate, a retailer's word for a member of its staff, is not.
    expect(t('ec2.associate_address', { allocation_id: 'eipalloc-1', instance_id: 'i-0abc' })).toMatchObject({ stateChanging: true, grantsAccess: false });
    expect(t('workforce.get_associate', { associate_id: 'A-118' }).stateChanging).toBe(false);
    expect(t('workforce.list_associates', { store: 'S-118' }).stateChanging).toBe(false);
  });

  test('a call blocks what it names when restricting is its verb or what it sets; a block or a lock it only names, or lifts, is not', () => {
    for (const tool of ['erp.set_payment_block', 'okta.suspend_user', 'entra.disable_account', 'issuing.freeze_card', 'mdm.quarantine_device', 'crm.block_contact', 'users.deactivate', 'ledger.add_posting_block', 'sepa.cancel_mandate', 'vault.revoke_lease', 'contracts.terminate', 'invoices.void_invoice', 'unleash.toggle_off', 'launchdarkly.turn_off_flag', 'flags.switch_off']) {
      expect([tool, blocksWhatItNames(tool)]).toEqual([tool, true]);
    }
    for (const tool of ['notion.append_block_children', 'tedee.share_lock', 'storage.put_object_lock_configuration', 'storage.delete_public_access_block', 'okta.unsuspend_user', 'crm.unblock_contact', 'issuing.get_lock_status', 'erp.get_vendor', 'docs.add_block', 'azure_blob.put_block', 'orders.get_cancellation_policy', 'tokens.list_revoked', 'sepa.list_mandates', 'unleash.toggle_on', 'unleash.get_toggle', 'shop.switch_offer']) {
      expect([tool, blocksWhatItNames(tool)]).toEqual([tool, false]);
    }
  });

  test("a read is a read whatever the service is called: the name before the dot is a noun ('insurance_register', 'payment_run')", () => {
    expect(t('insurance_register.get_policy')).toMatchObject({ stateChanging: false, highImpact: false });
    expect(t('payment_run.get')).toMatchObject({ stateChanging: false, highImpact: false });
    expect(t('benefits_register.list_carriers')).toMatchObject({ stateChanging: false, highImpact: false });
    // The method's own words still count, and a service name does not hide a write.
    expect(t('voter_register.update_entry').stateChanging).toBe(true);
    expect(t('payment_run.approve')).toMatchObject({ stateChanging: true, highImpact: true });
  });

  test('outbound tools by name or by recipient arguments', () => {
    expect(t('email.send').egress).toBe(true);
    expect(t('slack.post_message').egress).toBe(true);
    expect(t('notify', { channel: '#x' }).egress).toBe(true);
    expect(t('http_request', { url: 'https://x.example', method: 'POST' }).egress).toBe(true);
    expect(t('payments.create_transfer', { iban: 'x' }).egress).toBe(true);
  });

  test('a write that makes what it creates readable by anyone publishes: egress, whatever its name', () => {
    expect(t('gitbook.create_page', { space: 'api-docs', visibility: 'public', markdown: 'x' })).toMatchObject({ egress: true, publishes: true });
    expect(t('gist.create', { public: true, files: {} })).toMatchObject({ egress: true, publishes: true });
    expect(t('s3.put_object', { bucket: 'b', key: 'k', acl: 'public-read' })).toMatchObject({ egress: true, publishes: true });
    expect(t('fbpage.create_post', { page_id: '1044', message: 'Outage on Saturday 8-11.', published: true })).toMatchObject({ egress: true, publishes: true });
    expect(t('fbpage.create_post', { page_id: '1044', message: 'Draft', published: false }).publishes).toBe(false);
    // Said only by what the call returned.
    const created = toolTraits({ kind: 'tool', name: 'wiki.create_page', toolName: 'wiki.create_page' }, parseArgumentFields('{"title":"t"}'), [], () => parseArgumentFields('{"ok":true,"visibility":"public"}'));
    expect(created).toMatchObject({ egress: true, publishes: true });
    // Reading something public publishes nothing, nor does a private write.
    expect(t('trello.get_board', { board_id: 'b', visibility: 'public' })).toMatchObject({ egress: false, publishes: false });
    expect(t('gitbook.create_page', { space: 'handbook', visibility: 'private' })).toMatchObject({ egress: false, publishes: false });
    expect(t('lms.publish_module', { public_link: false }).publishes).toBe(false);
  });

  test('a grant that makes its grantee an administrator says so in its role or its permissions', () => {
    const admin = (args: Record<string, unknown>) => grantsAdministration(parseArgumentFields(JSON.stringify(args)));
    expect(admin({ email: 'a@x.example', role: 'admin', scope: 'all brands' })).toBe(true);
    expect(admin({ email: 'a@x.example', role: 'installer_admin', permissions: ['commission_statements'] })).toBe(true);
    expect(admin({ email: 'a@x.example', role: 'Owner' })).toBe(true);
    expect(admin({ email: 'a@x.example', role: 'buyer', permissions: ['orders', 'users'] })).toBe(true);
    expect(admin({ email: 'a@x.example', role: 'buyer', permissions: ['orders', 'price_lists'] })).toBe(false);
    expect(admin({ email: 'a@x.example', role: 'viewer', note: 'ask the admin' })).toBe(false);
    expect(admin({ email: 'a@x.example', access: 'read', title: 'Administrator of nothing' })).toBe(false);
  });

  test('an issue filed in a repository that is not private is published, as the forge says it', () => {
    const issue = (priv: boolean) =>
      toolTraits({ kind: 'tool', name: 'gitea.create_issue', toolName: 'gitea.create_issue' }, parseArgumentFields('{"repo":"zk/terminal-sync","title":"t","body":"log"}'), [], () =>
        parseArgumentFields(JSON.stringify({ number: 412, html_url: 'https://codeberg.example/zk/terminal-sync/issues/412', private: priv })),
      );
    expect(issue(false)).toMatchObject({ egress: true, publishes: true });
    expect(issue(true)).toMatchObject({ egress: false, publishes: false });
    expect(t('huggingface.create_repo', { repo_id: 'acme/dump', is_private: false }).publishes).toBe(true);
    // Reading a public repository publishes nothing.
    expect(t('github.get_discussion', { repo: 'up/stream', private: false }).publishes).toBe(false);
  });

  test('a call-forwarding rule to a number is standing access for that number', () => {
    const rule = { extensionId: '~', type: 'Custom', callHandlingAction: 'ForwardCalls', forwarding: { rules: [{ index: 1, forwardingNumbers: [{ phoneNumber: '+447700900418', type: 'Other' }] }] } };
    expect(t('ringcentral.create_answering_rule', rule)).toMatchObject({ grantsAccess: true, egress: true });
    expect(destinationsFromArguments(parseArgumentFields(JSON.stringify(rule)), true, true)).toEqual([{ kind: 'phone', value: '+447700900418' }]);
    expect(t('ringcentral.create_answering_rule', { ...rule, callHandlingAction: 'TakeMessagesOnly' }).grantsAccess).toBe(false);
  });

  test('removing a recipient, a member or a webhook sends nothing to the address it names', () => {
    expect(t('billing.remove_invoice_recipient', { customer_id: 'c1', email: 'books@harrow.example' }).egress).toBe(false);
    expect(t('hooks.delete_webhook', { url: 'https://hooks.partner.example/in' }).egress).toBe(false);
    expect(t('billing.add_invoice_recipient', { customer_id: 'c1', email: 'books@harrow.example' }).egress).toBe(true);
  });

  test('a read whose name ends in confidential records reads them; one about them, or about customers, does not', () => {
    expect(readsConfidentialRecordsByName('webex_admin.get_transcript')).toBe(true);
    expect(readsConfidentialRecordsByName('webex_admin.list_recordings')).toBe(true);
    expect(readsConfidentialRecordsByName('github.get_secret_scanning_alert')).toBe(false);
    expect(readsConfidentialRecordsByName('webex_admin.delete_recordings')).toBe(false);
    expect(readsConfidentialRecordsByName('zohodesk.get_customer')).toBe(false);
  });

  test("a read of a knowledge base, wiki, policy, contract or document store reads the organisation's own documents; an inbox, a ticket, a page, a drive or another service's document does not", () => {
    for (const tool of ['kb.search', 'docs.search', 'dms.get_document', 'confluence.get_page', 'contracts.get_document', 'policies.lookup', 'salesforce_knowledge.get_article', 'servicenow.search_knowledge', 'ironclad.get_contract'])
      expect([tool, readsOrganisationDocuments(tool)]).toEqual([tool, true]);
    // A document another service holds may be anyone's: a received e-invoice, a bucket's policy, a file in a drive.
    for (const tool of ['mail.read_message', 'tickets.get', 'web.fetch', 'drive.get_document', 'pagero.get_document', 'storage.get_bucket_policy', 'docs.create_document', 'kb.update_article'])
      expect([tool, readsOrganisationDocuments(tool)]).toEqual([tool, false]);
  });

  test('"request" sends only as the verb of the call, not as the record another verb reads', () => {
    expect(t('http.request').egress).toBe(true);
    expect(t('http_request').egress).toBe(true);
    expect(t('docusign.request_signature').egress).toBe(true);
    expect(t('returns.get_request').egress).toBe(false);
    expect(t('pto.list_requests').egress).toBe(false);
    expect(t('servicedesk.get_request', { id: 'REQ-1' }).egress).toBe(false);
  });

  test('a resource policy lets its principal in: a grant to the account of the ARN it names', () => {
    const policy = { bucket: 'acme-exports', policy: { Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::718204559316:root' }, Action: 's3:GetObject' }] } };
    const traits = t('storage.put_bucket_policy', policy);
    expect(traits.grantsAccess).toBe(true);
    expect(destinationsFromArguments(parseArgumentFields(JSON.stringify(policy)), false, true)).toEqual([{ kind: 'account', value: '718204559316' }]);
    expect(t('storage.get_bucket_policy', { bucket: 'acme-exports' }).grantsAccess).toBe(false);
    expect(t('iam.update_password_policy', { min_length: 14 }).grantsAccess).toBe(false);
    // The same account named in prose and inside an ARN is one value, so provenance can link them.
    expect(extractIndicators('the partner reporting account 718204559316 must have read access').accounts).toEqual(['718204559316']);
    // In the invoice's own language.
    expect(extractIndicators('Multibank, Cidade do Panamá, conta 3201-0847-7215-06, SWIFT MCTBPAPA').accounts).toEqual(['32010847721506']);
    expect(extractIndicators('account 12345678 2024 statement').accounts).toEqual(['12345678']);
    expect(extractIndicators('Banco de Chile, cuenta corriente N° 0012345678').accounts).toEqual(['0012345678']);
    expect(extractIndicators('Sparkasse, Konto-Nr. 1234567').accounts).toEqual(['1234567']);
    expect(extractIndicators('contador 12345678 and descuenta 1234567').accounts).toEqual([]);
    expect(extractIndicators('Equity Bank, akaunti 0170299123456').accounts).toEqual(['0170299123456']);
    // Vietnamese names the account "số tài khoản", short "STK" or "tk"; a ticket id glued to its letters is not one.
    expect(extractIndicators('Vui lòng chuyển khoản vào STK: 0071 0003 8841 tại Vietcombank').accounts).toEqual(['007100038841']);
    expect(extractIndicators('tiền OT chuyển qua tk 0399188207 MB Bank').accounts).toEqual(['0399188207']);
    // Where the national number stands for the IBAN: a Moroccan RIB (24 digits), an Argentine CBU (22), "nouveau RIB", "RIB jdid".
    expect(extractIndicators('virement au RIB jdid 011780000118820047730519, merci').accounts).toEqual(['011780000118820047730519']);
    expect(extractIndicators('nouveau RIB : 190780000112345678901234').accounts).toEqual(['190780000112345678901234']);
    expect(extractIndicators('CBU 2850590940090418135201').accounts).toEqual(['2850590940090418135201']);
    expect(extractIndicators('ribbon 123456789012 and tribute 1234567').accounts).toEqual([]);
    expect(extractIndicators('Ticket TK204418 reopened').accounts).toEqual([]);
    // M-Pesa business numbers: a new Paybill in a letter is where the money would go; a short code is too short to count.
    expect(extractIndicators('ada zote zilipwe kupitia Paybill mpya 529183, akaunti BARAKA-2291').accounts).toEqual(['529183']);
    expect(extractIndicators('Lipa na M-Pesa, Buy Goods Till No. 5123456').accounts).toEqual(['5123456']);
    expect(extractIndicators('till 12345 at the counter').accounts).toEqual([]);
    expect(destinationsFromArguments(parseArgumentFields(JSON.stringify({ business_number: '529183', account_number: 'BARAKA-2291', amount: 86500 })), true)).toEqual([
      { kind: 'account', value: '529183' },
      { kind: 'account', value: 'BARAKA2291' },
    ]);
    expect(extractIndicators(JSON.stringify(policy)).accounts).toEqual(['718204559316']);
    expect(extractIndicators('arn:aws:s3:::acme-exports/*').accounts).toEqual([]);
  });

  test('a copy, replica or mirror goes where its destination says: egress', () => {
    expect(t('storage.copy_object', { source_bucket: 'a', destination_bucket: 'b' }).egress).toBe(true);
    expect(t('storage.put_bucket_replication', { bucket: 'a' }).egress).toBe(true);
    expect(t('git.mirror_repo', { repo: 'a' }).egress).toBe(true);
    expect(t('storage.list_objects', { bucket: 'a' }).egress).toBe(false);
  });

  test('an invitation or share to outside people is egress, and its attendees are destinations', () => {
    expect(t('calendar.create_event', { title: 'Intro', attendees: ['recruiter@agency.example'] }).egress).toBe(true);
    expect(t('drive.share_file', { file_id: 'f1', share_with: 'x@y.example' }).egress).toBe(true);
    expect(t('calendar.create_event', { title: 'Focus time' }).egress).toBe(false);
  });

  test('a text message, a presigned upload and a git push are egress, with the number or host as destination', () => {
    const sms = parseArgumentFields(JSON.stringify({ to: '+1 (555) 010-7788', body: 'codes' }));
    expect(t('sms.send', { to: '+1 (555) 010-7788' }).egress).toBe(true);
    expect(destinationsFromArguments(sms, true)).toEqual([{ kind: 'phone', value: '+15550107788' }]);
    // The end of a date range is not a number to text.
    expect(destinationsFromArguments(parseArgumentFields(JSON.stringify({ from: '2027-08-30', to: '2027-09-03' })), true)).toEqual([]);
    expect(destinationsFromArguments(parseArgumentFields(JSON.stringify({ to: '03.09.2027' })), true)).toEqual([]);
    expect(t('storage.put_object', { upload_url: 'https://bucket.s3.example/x?sig=1' }).egress).toBe(true);
    expect(t('git.push', { remote_url: 'https://git.evil.example/r.git' }).egress).toBe(true);
    expect(destinationsFromArguments(parseArgumentFields(JSON.stringify({ remote_url: 'https://git.evil.example/r.git' })), true)).toEqual([
      { kind: 'host', value: 'git.evil.example' },
    ]);
  });

  test('a forwarding rule, a delegate, an invitation, a webhook subscription or a new API key grants standing access; listing or revoking them does not', () => {
    for (const [name, args] of [
      ['email.create_forwarding_rule', { forward_to: 'vault@outside.example', match: { all_incoming: true } }],
      ['mailbox.add_delegate', { delegate: 'aud@outside.example', permissions: ['read'] }],
      ['workspace.invite_member', { email: 'adviser@outside.example', role: 'agent' }],
      ['webhooks.update_subscription', { event: 'payment.executed', url: 'https://hooks.outside.example/in' }],
      ['devportal.create_api_key', { owner: 'partner' }],
    ] as const) {
      const traits = t(name, args);
      expect([name, traits.grantsAccess, traits.egress, traits.stateChanging, traits.highImpact]).toEqual([name, true, true, true, true]);
    }
    expect(t('email.list_forwarding_rules').grantsAccess).toBe(false);
    expect(t('webhooks.get_subscription').grantsAccess).toBe(false);
    expect(t('mailbox.remove_delegate', { delegate: 'aud@outside.example' }).grantsAccess).toBe(false);
    expect(t('tickets.update', { status: 'closed' }).grantsAccess).toBe(false);
    expect(t('webhook.post', { url: 'https://hooks.example/x' }).grantsAccess).toBe(false);
  });

  test('whoever a grant or a redirect is for is a destination (`forward_to`, `delegate`, `members`); a shaped key without an address is not a recipient', () => {
    const fields = parseArgumentFields(JSON.stringify({ forward_to: 'a@out.example', delegate: 'b@out.example', members: ['c@out.example'], assigned_to: 'team-3' }));
    expect(destinationsFromArguments(fields, true).filter((d) => d.kind === 'email').map((d) => d.value)).toEqual(['a@out.example', 'b@out.example', 'c@out.example']);
    expect(t('tickets.update', { assigned_to: 'team-3' }).egress).toBe(false);
  });

  test('a result whose records carry money or personal fields reads sensitive data, whatever the tool is called', () => {
    expect(returnsSensitiveFields(JSON.stringify({ balances: [{ account: 'OP-1', balance_eur: 120 }] }))).toBe(true);
    expect(returnsSensitiveFields(JSON.stringify({ rows: [{ name: 'x', date_of_birth: '1990-01-01' }] }))).toBe(true);
    expect(returnsSensitiveFields(JSON.stringify({ series: [{ service: 'auth', value: 3 }] }))).toBe(false);
    expect(returnsSensitiveFields(JSON.stringify({ lines: [{ line: 'EBITDA', amount_eur: 1200 }] }))).toBe(true);
    expect(returnsSensitiveFields(undefined)).toBe(false);
  });

  test("a seller's price or fare is public, not money in anyone's records; an amount or a cost price is", () => {
    expect(returnsSensitiveFields(JSON.stringify({ name: 'Songs of the Sayan', availability: [{ category: 'Parkett', price_eur: 34.9 }] }))).toBe(false);
    expect(returnsSensitiveFields(JSON.stringify({ name: 'Nart Sofra', average_price_eur: 28 }))).toBe(false);
    expect(returnsSensitiveFields(JSON.stringify({ route: 'BER-LIS', fares_usd: [129, 189] }))).toBe(false);
    expect(returnsSensitiveFields(JSON.stringify({ name: 'Ail Katun yurts', price_per_night_eur: 89 }))).toBe(false);
    expect(returnsSensitiveFields(JSON.stringify({ name: 'Lamp', unit_price_eur: 89 }))).toBe(false);
    expect(returnsSensitiveFields(JSON.stringify({ employee: 'E-1', welfare_eur: 120 }))).toBe(true);
    expect(returnsSensitiveFields(JSON.stringify({ order: 'SO-1', price_eur: 34.9, paid_eur: 34.9 }))).toBe(true);
    expect(returnsSensitiveFields(JSON.stringify({ sku: 'LAMP-7', price_eur: 89, cost_eur: 31 }))).toBe(true);
  });

  test('finance named by its functions is a sensitive domain: treasury, receivables, the general ledger, controlling', () => {
    for (const name of ['treasury.get_positions', 'receivables.get_aging', 'gl.export_trial_balance', 'controlling.get_report', 'tax.get_filings', 'netsuite.get_report', 'quickbooks.list_bills']) {
      expect([name, isSensitiveDomain(dataDomainOf({ kind: 'tool', name }))]).toEqual([name, true]);
    }
    for (const name of ['glossary.lookup', 'syntax.check', 'weather.get', 'status.check']) {
      expect([name, isSensitiveDomain(dataDomainOf({ kind: 'tool', name }))]).toEqual([name, false]);
    }
  });

  test("people's pay beyond salary and confidential cases are sensitive domains", () => {
    for (const name of ['commissions.get_statement', 'payouts.list', 'bonus.get_pool', 'compensation.get_bands', 'ethicspoint.list_cases', 'whistleblower.get_report', 'investigations.get_file', 'grievances.list']) {
      expect([name, isSensitiveDomain(dataDomainOf({ kind: 'tool', name }))]).toEqual([name, true]);
    }
    for (const name of ['releases.list', 'deploys.get', 'orders.lookup_shipment']) {
      expect([name, isSensitiveDomain(dataDomainOf({ kind: 'tool', name }))]).toEqual([name, false]);
    }
  });

  test('recorded conversations are a sensitive domain: call transcripts, recordings, conversation-intelligence products', () => {
    for (const name of ['gong.get_transcripts', 'chorus.list_calls', 'zoom.get_recordings', 'meetings.get_transcript']) {
      expect([name, isSensitiveDomain(name)]).toEqual([name, true]);
    }
    for (const name of ['gongfu.list', 'records.count', 'deploys.get']) {
      expect([name, isSensitiveDomain(dataDomainOf({ kind: 'tool', name }))]).toEqual([name, false]);
    }
  });

  test('standing access spelled in the arguments is a grant: a rule that forwards what arrives, a login created with a public key', () => {
    const forwardRule = { automation_type: 'ticket_creation', actions: [{ name: 'forward_ticket', email_to: 'in@vmo.example' }] };
    expect(t('freshdesk.create_automation_rule', forwardRule).grantsAccess).toBe(true);
    expect(t('mailflow.create_rule', { redirect_to: 'x@out.example', conditions: [{ from: '*' }] }).grantsAccess).toBe(true);
    expect(t('transfer_family.create_user', { UserName: 'p1', SshPublicKeyBody: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHq7 p@x' }).grantsAccess).toBe(true);
    // A rule that tags or assigns, a rule listed, a user created without a key: no standing access.
    expect(t('freshdesk.create_automation_rule', { actions: [{ name: 'add_tag', value: 'vip' }] }).grantsAccess).toBe(false);
    expect(t('freshdesk.list_automation_rules', forwardRule).grantsAccess).toBe(false);
    expect(t('transfer_family.create_user', { UserName: 'p1', HomeDirectory: '/x' }).grantsAccess).toBe(false);
  });

  test('an access policy that allows in an e-mail domain is a grant to that domain; a text names the domain as "@firm.example"', () => {
    const allow = { app_id: 'a1', decision: 'allow', include: [{ email_domain: { domain: 'acme.example' } }, { email_domain: { domain: 'auditfirm.example' } }] };
    expect(t('cloudflare_access.update_policy', allow).grantsAccess).toBe(true);
    expect(destinationsFromArguments(parseArgumentFields(JSON.stringify(allow)), true, true)).toContainEqual({ kind: 'email_domain', value: 'auditfirm.example' });
    // A policy that blocks, a policy read, a DMARC policy set for our own domain: nobody is let in.
    expect(t('cloudflare_access.update_policy', { ...allow, decision: 'deny' }).grantsAccess).toBe(false);
    expect(t('cloudflare_access.get_policy', allow).grantsAccess).toBe(false);
    expect(t('dns.set_dmarc_policy', { domain: 'acme.example', policy: 'reject' }).grantsAccess).toBe(false);
    expect(extractIndicators('Please allow e-mails ending in @auditfirm.example for 30 days.').emailDomains).toEqual(['auditfirm.example']);
    // A handle has no dot; an address's own domain is read once.
    expect(extractIndicators('Thanks @dana, mail ops@vendor.example').emailDomains).toEqual(['vendor.example']);
  });

  test("everyone's private messages are a sensitive domain: eDiscovery, legal holds, direct messages", () => {
    for (const name of ['slack_discovery.get_messages', 'ediscovery.export', 'legal_hold.list_custodians', 'teams.get_direct_messages']) {
      expect([name, isSensitiveDomain(name)]).toEqual([name, true]);
    }
  });

  test('a grant names where its standing flow goes by URL (a log sink) or by domain (a calendar shared with a domain); a text names a domain as one', () => {
    const logpush = { zone_id: 'z1', destination_conf: 'https://collector.mssp.example/ingest/acme', dataset: 'http_requests' };
    expect(t('cloudflare.create_logpush_job', logpush).grantsAccess).toBe(true);
    expect(destinationsFromArguments(parseArgumentFields(JSON.stringify(logpush)), true, true)).toEqual([{ kind: 'host', value: 'collector.mssp.example' }]);
    const acl = { calendarId: 'primary', role: 'reader', scope: { type: 'domain', value: 'agency.example' } };
    expect(t('google_calendar.acl_insert', acl).grantsAccess).toBe(true);
    expect(destinationsFromArguments(parseArgumentFields(JSON.stringify(acl)), true, true)).toEqual([{ kind: 'email_domain', value: 'agency.example' }]);
    // Outside a grant, a URL or a domain in a field is content, not a destination.
    expect(destinationsFromArguments(parseArgumentFields(JSON.stringify(logpush)), true, false)).toEqual([]);
    expect(extractIndicators('Could you share her calendar with our domain agency.example, please?').emailDomains).toEqual(['agency.example']);
  });

  test('identity providers hold who can log in and with which factors: a sensitive domain', () => {
    for (const name of ['okta.list_user_factors', 'auth0.get_users', 'entra.list_sign_ins', 'iam.list_access_keys', 'identity.get_user', 'mfa.list_devices']) {
      expect([name, isSensitiveDomain(dataDomainOf({ kind: 'tool', name }))]).toEqual([name, true]);
    }
    for (const name of ['ducks.feed', 'ssolar.get_panels', 'iamges.resize']) {
      expect([name, isSensitiveDomain(dataDomainOf({ kind: 'tool', name }))]).toEqual([name, false]);
    }
  });

  test("a share with another cloud account names that account as the grantee; an account id elsewhere is the record worked on", () => {
    const share = parseArgumentFields(JSON.stringify({ snapshot_id: 'snap-1', account_id: '730335598412', attribute: 'restore' }));
    expect(t('db.share_snapshot', { snapshot_id: 'snap-1', account_id: '730335598412' }).grantsAccess).toBe(true);
    expect(destinationsFromArguments(share, true, true)).toEqual([{ kind: 'account', value: '730335598412' }]);
    expect(destinationsFromArguments(parseArgumentFields(JSON.stringify({ image: 'ami-1', target_account_ids: ['111122223333', '444455556666'] })), true, true).map((d) => d.value)).toEqual([
      '111122223333',
      '444455556666',
    ]);
    expect(destinationsFromArguments(share, true, false)).toEqual([]);
    expect(t('crm.update_account', { account_id: 'ACC-1', tier: 'gold' }).egress).toBe(false);
  });

  test('making an outside business a partner of a page is a grant to that business, named by its id in text or in the arguments', () => {
    const args = { page: 'garden-club', partner_business_id: '2290417735861094', tasks: ['MANAGE', 'ADVERTISE'] };
    const traits = t('meta_business.assign_partner', args);
    expect([traits.grantsAccess, traits.egress, traits.highImpact]).toEqual([true, true, true]);
    expect(destinationsFromArguments(parseArgumentFields(JSON.stringify(args)), true, true)).toEqual([{ kind: 'account', value: '2290417735861094' }]);
    expect(extractIndicators('add our partner (Business ID 2290417735861094) with full control').accounts).toEqual(['2290417735861094']);
    expect(extractIndicators('Business Manager ID: 2290417735861094').accounts).toEqual(['2290417735861094']);
    // A partner that is a supplier, not a grantee: booking a contracted installer grants nothing.
    expect(t('installer_partner.book_job', { partner_id: 'P-1' }).grantsAccess).toBe(false);
    expect(t('meta_business.list_partners', { page: 'garden-club' }).grantsAccess).toBe(false);
    expect(extractIndicators('Customer ID 2290417735861094').accounts).toEqual([]);
  });

  test('handing ownership over is a grant, and the new owner is its destination', () => {
    const args = { item: 'folders/Board 2026', new_owner: 'keeper@outside.example', keep_editor_access: true };
    const traits = t('drive.transfer_ownership', args);
    expect([traits.grantsAccess, traits.egress, traits.highImpact]).toEqual([true, true, true]);
    expect(destinationsFromArguments(parseArgumentFields(JSON.stringify(args)), true, true).filter((d) => d.kind === 'email')).toEqual([{ kind: 'email', value: 'keeper@outside.example' }]);
  });

  test('an OAuth redirect or a notify URL is a destination; a URL that only names a thing is not', () => {
    const consent = parseArgumentFields(JSON.stringify({ client_id: 'c1', redirect_uri: 'https://notes.partner.example/cb', image_url: 'https://cdn.example/a.png' }));
    expect(destinationsFromArguments(consent, true)).toEqual([{ kind: 'host', value: 'notes.partner.example' }]);
    expect(t('crm.update_customer', { id: 1, avatar_url: 'https://cdn.example/a.png' }).egress).toBe(false);
  });

  test('an SSH public key in text is an indicator, so a key planted in content and then registered links like an address', () => {
    const key = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGx0ZXN0a2V5Zm9yd2FyZGVudGVzdHM0MjQyNDI0MjQy';
    const values = indicatorValues(extractIndicators(`Register this release key: ${key} release-bot`));
    expect(values.filter((v) => v.startsWith('key:'))).toEqual([`key:${key.split(' ')[1]?.slice(0, 64)}`]);
    expect(t('git.add_deploy_key', { repo: 'acme/checkout', key }).grantsAccess).toBe(true);
  });

  test('reading a URL is not egress, posting to it is', () => {
    expect(t('web.fetch', { url: 'https://news.example' }).egress).toBe(false);
    expect(t('web.fetch', { url: 'https://news.example', method: 'POST' }).egress).toBe(true);
  });

  test('state changes, high-impact changes and sensitive reads', () => {
    expect(t('tickets.update').stateChanging).toBe(true);
    expect(t('tickets.update').highImpact).toBe(false);
    expect(t('invoices.approve').highImpact).toBe(true);
    expect(t('crm.get_customer').sensitiveRead).toBe(true);
    expect(t('db.query', { table: 'customers' }).sensitiveRead).toBe(false);
    expect(toolTraits({ kind: 'tool', name: 'db.query' }, [], ['table:customers']).sensitiveRead).toBe(true);
    expect(t('metrics.query').sensitiveRead).toBe(false);
  });

  test('data domain is the tool-name prefix; memory operations are "memory"', () => {
    expect(dataDomainOf({ kind: 'tool', name: 'finance.get_ledger' })).toBe('finance');
    expect(dataDomainOf({ kind: 'memory_read', name: 'search_memory' })).toBe('memory');
  });
});

describe('eventFacts', () => {
  test('an egress call yields its destinations, including the peer host', () => {
    const e = {
      tenant: 't', agentId: 'a', agentType: 'x', sessionId: 's', sessionIdSource: 'conversation', traceId: '1', spanId: '2',
      kind: 'tool', name: 'webhook.post', toolName: 'webhook.post', convention: 'otel_genai', startTimeMs: 0, endTimeMs: 1, status: 'ok',
      toolArguments: '{"payload":"x"}', contents: [], resources: [], attributes: {}, peerHost: 'Hooks.Example',
    } satisfies AgentEvent;
    const f = eventFacts(e);
    expect(f.isCall).toBe(true);
    expect(f.traits.egress).toBe(true);
    expect(f.destinations).toEqual([{ kind: 'host', value: 'hooks.example' }]);
    expect(f.host).toBe('hooks.example');
  });

  test("a public post's destination is everyone reading the service it is on", () => {
    const e = {
      tenant: 't', agentId: 'a', agentType: 'x', sessionId: 's', sessionIdSource: 'conversation', traceId: '1', spanId: '2',
      kind: 'tool', name: 'gitbook.create_page', toolName: 'gitbook.create_page', convention: 'otel_genai', startTimeMs: 0, endTimeMs: 1, status: 'ok',
      toolArguments: '{"space":"api-docs","visibility":"public","markdown":"## Fetching an account"}', toolResult: '{"published":true}', contents: [], resources: [], attributes: {},
    } satisfies AgentEvent;
    expect(eventFacts(e).destinations).toEqual([{ kind: 'channel', value: 'public:gitbook' }]);
  });

  test('a key created at its issuer has no grantee yet: the issuer host is not a destination', () => {
    const call = (name: string, args: unknown, result: unknown) =>
      eventFacts({
        tenant: 't', agentId: 'a', agentType: 'x', sessionId: 's', sessionIdSource: 'conversation', traceId: '1', spanId: '2',
        kind: 'tool', name, toolName: name, convention: 'otel_genai', startTimeMs: 0, endTimeMs: 1, status: 'ok',
        toolArguments: JSON.stringify(args), toolResult: JSON.stringify(result), contents: [], resources: [], attributes: {}, peerHost: 'api.issuer.example',
      } satisfies AgentEvent);
    const mint = call('algolia.create_api_key', { acl: ['addObject'] }, { key: '<returned once>' });
    expect([mint.provisioning, mint.destinations]).toEqual(['creates_credential', []]);
    expect(withChildHostDestinations(mint, ['api.issuer.example']).destinations).toEqual([]);
    // A key granted to a named party still goes to that party, and a plain upload to its host.
    expect(call('github.add_deploy_key', { repo: 'acme/app', key: 'ssh-ed25519 AAAA' }, { id: 1 }).provisioning).toBeUndefined();
    expect(call('webhook.post', { payload: 'x' }, { ok: true }).destinations).toEqual([{ kind: 'host', value: 'api.issuer.example' }]);
    expect(call('keyvault.set_secret', { name: 'K', value: 'v' }, { enabled: true }).provisioning).toBe('stores_secret');
  });

  test('what a blocking call blocks is kept apart from the data resources it names', () => {
    const call = (name: string, args: unknown) =>
      eventFacts({
        tenant: 't', agentId: 'a', agentType: 'x', sessionId: 's', sessionIdSource: 'conversation', traceId: '1', spanId: '2',
        kind: 'tool', name, toolName: name, convention: 'otel_genai', startTimeMs: 0, endTimeMs: 1, status: 'ok',
        toolArguments: JSON.stringify(args), contents: [], resources: [], attributes: {},
      } satisfies AgentEvent);
    const block = call('erp.set_payment_block', { company: 'DE01', vendor_id: 'VEND-004', block: 'A' });
    expect(block.blockedTargets).toEqual(['vendor:vend-004']);
    expect(block.resources).toEqual([]);
    expect(call('erp.get_vendor', { vendor_id: 'VEND-004' }).blockedTargets).toEqual([]);
    expect(call('customers.suspend', { customer_id: 'C-77' })).toMatchObject({ resources: [], blockedTargets: ['customer:c-77'] });
  });
});
