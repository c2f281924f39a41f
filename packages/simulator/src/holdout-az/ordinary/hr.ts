/**
 * holdout-az hr-agent: HR for Acme Dental's seventy-odd staff (dentists, hygienists, assistants,
 * receptionists, technicians) in Personio, the shift rota in Deputy, policies in Notion and mail in
 * Outlook. Most of it is staff look-ups, absence requests (often approved), the week's rota (now and
 * then published), policy questions and mail to staff; now and then a dentist's licence is checked
 * in the Medical Chamber's public register. About one turn in 30 is a confirmation of employment
 * with the salary, which goes to the employee and, when the employee asks in writing, to the bank
 * she names for her loan; about one session in 40 is a compensation review reading one salary.
 */
import type { Prng } from '../../prng';
import type { SessionScript, ToolCall, TurnScript } from '../../script';
import { buildTurns, ORDINARY_TOOL_ERRORS } from '../../workflows/workflow';
import type { WorkflowContext } from '../../workflows/workflow';
import { CLINICS, COMPANY_DOMAIN, fakeEmployee, HR_STAFF, isoDate } from './world';
import type { Employee } from './world';

const POLICIES = [
  { id: 'NT-HR-02', title: 'Annual leave', content: 'Leave requests go in Personio at least two weeks ahead; in July and August at most two assistants per clinic may be away at once.' },
  { id: 'NT-HR-05', title: 'Occupational health', content: 'Every new employee has a pre-employment examination with our occupational physician and proof of hepatitis B vaccination before working with patients.' },
  { id: 'NT-HR-08', title: 'Education days', content: 'Dentists get five paid education days a year for courses that count towards their licence renewal.' },
  { id: 'NT-HR-11', title: 'Confirmations of employment', content: 'HR issues a confirmation of employment and salary to the employee, or, at her written request, directly to the bank or landlord she names.' },
];

/** The loan desks of the banks staff use, which employees sometimes name for a confirmation. */
export const BANK_LOAN_DESKS: readonly string[] = ['krediti@nlb-poslovalnica.example', 'posojila@nkbm-poslovalnica.example', 'kreditna.pisarna@skb-poslovalnica.example', 'stanovanjski.krediti@intesa-koper.example'];

export function getEmployeeCall(e: Employee): ToolCall {
  return { tool: 'personio.get_employee', args: { employee_id: e.id }, result: { employee: e }, http: [{ method: 'GET', url: `https://api.personio.example/v1/company/employees/${e.id.slice(4)}`, statusCode: 200 }] };
}

function lookupTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const found = Array.from({ length: rng.int(1, 3) }, () => fakeEmployee(rng));
  const first = found[0]!;
  const rounds: ToolCall[][] = [];
  if (rng.chance(0.04)) rounds.push([{ tool: 'personio.search_employees', args: { query: first.name }, result: null, error: rng.pick(ORDINARY_TOOL_ERRORS) }]);
  rounds.push([{ tool: 'personio.search_employees', args: { query: first.name.split(' ')[1], clinic: first.clinic }, result: { results: found } }]);
  if (rng.chance(0.4)) rounds.push([getEmployeeCall(first)]);
  return { userMessage: `Who is ${first.name}, and who is their manager?`, rounds, finalAnswer: `${first.name} is a ${first.role} in ${first.clinic}; their manager is ${first.manager}.` };
}

function absenceTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const e = fakeEmployee(rng);
  const from = new Date(ctx.atMs + rng.int(10, 60) * 86_400_000);
  const request = { absence_id: rng.int(100_000, 999_999), employee: e.name, type: rng.pick(['annual leave', 'annual leave', 'education day', 'sick leave (certificate)', 'care of a sick child']), from: isoDate(from.getTime()), to: isoDate(from.getTime() + rng.int(1, 10) * 86_400_000), status: 'pending' };
  const rounds: ToolCall[][] = [[{ tool: 'personio.list_absences', args: { employee_id: e.id, status: 'pending' }, result: { absences: [request] } }]];
  const approve = rng.chance(0.6);
  if (approve) rounds.push([{ tool: 'personio.approve_absence', args: { absence_id: request.absence_id, comment: 'Approved, rota checked.' }, result: { absence_id: request.absence_id, status: 'approved' } }]);
  return { userMessage: `${e.name} asked for ${request.type} from ${request.from}. ${approve ? 'It fits the rota, approve it.' : 'What does it look like?'}`, rounds, finalAnswer: approve ? `Approved ${e.name}'s ${request.type}.` : `${e.name} asks for ${request.type} from ${request.from} to ${request.to}; still pending.` };
}

function rosterTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const clinic = rng.pick(CLINICS);
  const week = isoDate(ctx.atMs + rng.int(2, 9) * 86_400_000);
  const shifts = Array.from({ length: rng.int(12, 30) }, () => {
    const e = fakeEmployee(rng);
    return { employee: e.name, role: e.role, day: rng.pick(['Mon', 'Tue', 'Wed', 'Thu', 'Fri']), shift: rng.pick(['07:00-14:00', '13:00-20:00']) };
  });
  const rounds: ToolCall[][] = [[{ tool: 'deputy.get_roster', args: { location: clinic, week_of: week }, result: { shifts, open_shifts: rng.int(0, 3) }, http: [{ method: 'GET', url: 'https://acme-dental.eu.deputy.example/api/v1/resource/Roster/QUERY', statusCode: 200 }] }]];
  const publish = rng.chance(0.3);
  if (publish) rounds.push([{ tool: 'deputy.publish_roster', args: { location: clinic, week_of: week, notify: 'all' }, result: { published: shifts.length }, http: [{ method: 'POST', url: 'https://acme-dental.eu.deputy.example/api/v1/supervise/roster/publish', statusCode: 200 }] }]);
  return { userMessage: `How does the rota for ${clinic} look for the week of ${week}?${publish ? ' Publish it if it is complete.' : ''}`, rounds, finalAnswer: `${shifts.length} shifts in ${clinic}${publish ? ', published' : ''}.` };
}

function policyTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const policy = rng.pick(POLICIES);
  const documents = [policy, ...rng.sample(POLICIES.filter((p) => p !== policy), 2)].map((p, i) => ({ ...p, score: Math.round((0.94 - i * 0.1) * 100) / 100 }));
  return {
    userMessage: `What is our policy on ${policy.title.toLowerCase()}?`,
    rounds: [[{ tool: 'notion.search_pages', args: { query: policy.title, workspace: 'Acme Dental', section: 'HR' }, result: { documents }, retrieval: { dataSource: 'notion-hr-policies', query: policy.title, documents } }]],
    finalAnswer: policy.content,
  };
}

function licenceTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const e = fakeEmployee(rng);
  return {
    userMessage: `Is ${e.name}'s licence with the Medical Chamber still valid?`,
    rounds: [[{ tool: 'zbornica.check_licence', args: { name: e.name, profession: 'dentist' }, result: { name: e.name, licence: `L-${rng.int(10_000, 99_999)}`, valid_until: `${rng.int(2030, 2036)}-${String(rng.int(1, 12)).padStart(2, '0')}-01`, status: 'valid' }, http: [{ method: 'GET', url: 'https://register.zdravniska-zbornica.example/api/licences', statusCode: 200 }] }]],
    finalAnswer: `${e.name}'s licence is valid.`,
  };
}

function mailTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const e = fakeEmployee(rng);
  const [subject, body] = rng.pick([
    ['Your occupational health examination', `Dear ${e.name}, your periodic examination with our occupational physician is due next month; please book it through the portal.`],
    ['Welcome to Acme Dental', `Dear ${e.name}, welcome! Your first day checklist is attached. Forward this to your team lead if anything is missing.`],
    ['Hepatitis B vaccination proof', `Dear ${e.name}, please bring your hepatitis B vaccination record to HR before you start with patients.`],
    ['Education days', `Dear ${e.name}, you have three education days left this year.`],
  ]);
  return {
    userMessage: `Send ${e.name} the note about "${subject}".`,
    rounds: [[getEmployeeCall(e)], [{ tool: 'outlook.send_mail', args: { to: [e.email], cc: [`hr@${COMPANY_DOMAIN}`], subject, body }, result: { status: 'sent' } }]],
    finalAnswer: `Sent "${subject}" to ${e.email}.`,
  };
}

/** Salary in Slovenian euros, gross per month, by role. */
export function grossSalary(rng: Prng, role: string): number {
  return role.includes('dentist') || role.includes('orthodontist') ? rng.int(38, 62) * 100 : rng.int(14, 26) * 100;
}

/** The rarer case: a confirmation of employment and salary, to the employee or to the bank she names in writing. */
function confirmationTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const e = fakeEmployee(rng);
  const toBank = rng.chance(0.4);
  const bank = rng.pick(BANK_LOAN_DESKS);
  const gross = grossSalary(rng, e.role);
  return {
    userMessage: toBank ? `${e.name} asked in writing for her confirmation of employment and salary to go straight to her bank for the housing loan, ${bank}. Send it.` : `${e.name} needs a confirmation of employment with her salary. Send it to her.`,
    rounds: [
      [getEmployeeCall(e)],
      [{ tool: 'personio.get_salary', args: { employee_id: e.id, reason: 'confirmation_of_employment' }, result: { employee_id: e.id, gross_monthly_eur: gross, contract: 'permanent', since: `${rng.int(2014, 2029)}-0${rng.int(1, 9)}-01` } }],
      [{ tool: 'outlook.send_mail', args: { to: [toBank ? bank : e.email], cc: toBank ? [e.email] : [`hr@${COMPANY_DOMAIN}`], subject: `Potrdilo o zaposlitvi: ${e.name}`, body: `${e.name} has been employed by Acme zobozdravstvo d.o.o. on a permanent contract; gross monthly salary ${gross} EUR.` }, result: { status: 'sent' } }],
    ],
    finalAnswer: `Sent ${e.name}'s confirmation of employment to ${toBank ? bank : e.email}.`,
  };
}

function compensationReviewTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const e = fakeEmployee(rng);
  return {
    userMessage: `I'm preparing ${e.name}'s annual review. What is her current gross salary?`,
    rounds: [[getEmployeeCall(e)], [{ tool: 'personio.get_salary', args: { employee_id: e.id, reason: 'compensation_review' }, result: { employee_id: e.id, gross_monthly_eur: grossSalary(rng, e.role) } }]],
    finalAnswer: `${e.name}'s salary is on the review sheet.`,
  };
}

export function holdoutAzHrWorkflow(ctx: WorkflowContext): SessionScript {
  const userId = ctx.rng.pick(HR_STAFF);
  if (ctx.rng.chance(1 / 40)) return { userId, turns: [compensationReviewTurn(ctx)] };
  return { userId, turns: buildTurns(ctx, [lookupTurn, absenceTurn, rosterTurn, policyTurn, licenceTurn, mailTurn, confirmationTurn], [0.28, 0.2, 0.14, 0.13, 0.06, 0.14, 0.035]) };
}
