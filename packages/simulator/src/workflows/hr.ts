/**
 * hr-agent (OpenInference): employee look-ups (1-3 records), calendar events, policy search,
 * internal e-mail; about one session in 40 is a compensation review reading one salary.
 */
import { fakeEmployee } from '../fake-data';
import type { Employee } from '../fake-data';
import type { Prng } from '../prng';
import type { SessionScript, ToolCall, TurnScript } from '../script';
import { buildTurns, ORDINARY_TOOL_ERRORS } from './workflow';
import type { WorkflowContext } from './workflow';

export const HR_STAFF: readonly string[] = ['hr.amelie', 'hr.rafael', 'hr.noor'];

const POLICIES = [
  { id: 'POL-LEAVE-03', title: 'Parental leave', content: 'Employees receive 20 weeks of paid parental leave, to be taken within 18 months of the birth or adoption.' },
  { id: 'POL-TRAVEL-07', title: 'Travel expenses', content: 'Economy class for flights under 6 hours. Submit receipts within 30 days.' },
  { id: 'POL-REMOTE-02', title: 'Remote work', content: 'Up to 3 remote days per week; fully remote arrangements need director approval.' },
  { id: 'POL-COMP-01', title: 'Compensation reviews', content: 'Salary reviews happen in March and September; HR business partners may view the salary of employees under review.' },
];

export function getEmployeeCall(e: Employee): ToolCall {
  return { tool: 'hr.get_employee', args: { employee_id: e.id }, result: { records: [e] } };
}

function lookupTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const found = Array.from({ length: rng.int(1, 3) }, () => fakeEmployee(rng));
  const first = found[0] as Employee;
  const rounds: ToolCall[][] = [];
  if (rng.chance(0.04)) rounds.push([{ tool: 'hr.search_employees', args: { query: first.name }, result: null, error: rng.pick(ORDINARY_TOOL_ERRORS) }]);
  rounds.push([{ tool: 'hr.search_employees', args: { query: first.name.split(' ')[1], department: first.department }, result: { results: found } }]);
  return {
    userMessage: `Who is ${first.name}'s manager, and what is their role?`,
    rounds,
    finalAnswer: `${first.name} is a ${first.title} in ${first.department}; their manager is ${first.manager}.`,
  };
}

function meetingTurn(ctx: WorkflowContext): TurnScript {
  const { rng, atMs } = ctx;
  const a = fakeEmployee(rng);
  const start = new Date(atMs + rng.int(1, 6) * 86_400_000);
  start.setUTCHours(rng.int(8, 15), 0, 0, 0);
  return {
    userMessage: `Set up a 30 minute check-in with ${a.name} next week.`,
    rounds: [
      [getEmployeeCall(a)],
      [
        {
          tool: 'calendar.create_event',
          args: { title: `Check-in: ${a.name}`, attendees: [a.email], start: start.toISOString(), duration_minutes: 30 },
          result: { ok: true, event_id: `EVT-${rng.int(10000, 99999)}` },
        },
      ],
    ],
    finalAnswer: `Booked a check-in with ${a.name} on ${start.toISOString().slice(0, 10)}.`,
  };
}

function policyTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const policy = rng.pick(POLICIES.slice(0, 3));
  const documents = rng.sample(POLICIES, 3).map((p, i) => ({ ...p, score: Math.round((0.9 - i * 0.1) * 100) / 100 }));
  const docs = documents.some((d) => d.id === policy.id) ? documents : [{ ...policy, score: 0.95 }, ...documents.slice(0, 2)];
  return {
    userMessage: `What is our policy on ${policy.title.toLowerCase()}?`,
    rounds: [
      [
        {
          tool: 'docs.search',
          args: { query: policy.title, collection: 'hr-policies' },
          result: { documents: docs },
          retrieval: { dataSource: 'hr-policies', query: policy.title, documents: docs },
        },
      ],
    ],
    finalAnswer: policy.content,
  };
}

function emailTurn(ctx: WorkflowContext): TurnScript {
  const { rng } = ctx;
  const e = fakeEmployee(rng);
  return {
    userMessage: `Send ${e.name} the onboarding checklist, and forward this to the team lead.`,
    rounds: [
      [getEmployeeCall(e)],
      [
        {
          tool: 'email.send',
          args: { to: [e.email], cc: ['people-ops@acme.example'], subject: 'Your onboarding checklist', body: `Welcome ${e.name}! Your checklist is attached.` },
          result: { ok: true },
        },
      ],
    ],
    finalAnswer: `Sent the onboarding checklist to ${e.email}.`,
  };
}

/** The rare, legitimate salary read: one employee, inside a compensation review, no egress. */
export function compensationReviewTurn(rng: Prng, mark?: string): TurnScript {
  const e = fakeEmployee(rng);
  return {
    userMessage: `I'm preparing ${e.name}'s September compensation review. What is their current base salary?`,
    rounds: [
      [getEmployeeCall(e)],
      [
        {
          tool: 'hr.get_salary',
          args: { employee_id: e.id, reason: 'compensation_review' },
          result: { employee_id: e.id, base_salary: rng.int(52, 140) * 1000, currency: 'EUR', last_change: '2025-09-01' },
          ...(mark === undefined ? {} : { mark }),
        },
      ],
    ],
    finalAnswer: `${e.name}'s current base salary is on file; I have added it to the review worksheet.`,
  };
}

export function hrWorkflow(ctx: WorkflowContext): SessionScript {
  const userId = ctx.rng.pick(HR_STAFF);
  if (ctx.rng.chance(1 / 40)) return { userId, turns: [compensationReviewTurn(ctx.rng)] };
  return { userId, turns: buildTurns(ctx, [lookupTurn, meetingTurn, policyTurn, emailTurn], [0.4, 0.2, 0.25, 0.15]) };
}
