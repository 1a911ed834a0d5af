import type { z } from 'zod';
import { problemsFromZod } from '../model/index.ts';
import { CHANNELS } from './channels.ts';
import { REQUESTS, type Channel, type ParsedRequestOf, type Responses } from './contract.ts';
import { clip, describeError } from './describeError.ts';

/** What the host must do for each request, given an already validated payload. Implemented in core/node/host. */
export type HostServices = { [C in Channel]: (request: ParsedRequestOf<C>) => Promise<Responses[C]> };

export type IpcHandler = (raw: unknown) => Promise<unknown>;

/** The channels whose answer can say `{ ok: false, error }`; the type below keeps this list exact. */
type OutcomeChannel = { [C in Channel]: { ok: false; error: string } extends Responses[C] ? C : never }[Channel];
const OUTCOME: Record<OutcomeChannel, true> = {
  'templates:get': true,
  'document:open': true,
  'document:save': true,
  'recovery:write': true,
  'recovery:read': true,
  'export:run': true,
  'shell:openFile': true,
  'shell:showInFolder': true,
  'photos:decodeHeic': true,
  'document:peek': true,
  'series:get': true,
  'series:save': true,
  'series:takeNumber': true,
  'people:list': true,
  'people:replace': true,
  // Template designer (issue 14)
  'templates:load': true,
  'templates:save': true,
  'templates:exportFile': true,
  'templates:readFile': true,
  'fonts:list': true,
};

export function isOutcomeChannel(channel: Channel): channel is OutcomeChannel {
  return Object.hasOwn(OUTCOME, channel);
}

/** A refused request on a channel that answers with plain data: the promise rejects with this, message only. */
export class HostRequestError extends Error {
  override name = 'HostRequestError';
}

export function invalidRequestMessage(error: z.ZodError): string {
  const problems = problemsFromZod(error).map((p) => `${p.path}: ${p.message}`);
  return clip(`invalid request: ${problems.join('; ')}`);
}

function handlerFor(channel: Channel, services: HostServices): IpcHandler {
  const schema: z.ZodType = REQUESTS[channel];
  const service = services[channel] as (request: unknown) => Promise<unknown>;
  const refuse = (message: string) => {
    // One rule for every channel: an Outcome channel answers with a value; the others reject with a message.
    if (isOutcomeChannel(channel)) return { ok: false, error: message };
    throw new HostRequestError(message);
  };
  return async (raw) => {
    const parsed = schema.safeParse(raw, { reportInput: true });
    if (!parsed.success) return refuse(invalidRequestMessage(parsed.error));
    try {
      return await service.call(services, parsed.data);
    } catch (error) {
      return refuse(describeError(error));
    }
  };
}

/**
 * One handler per channel of the contract. Each parses its payload with the channel's schema before the service
 * sees it and turns every failure into a message: `{ ok: false, error }` on channels that answer with an Outcome,
 * a rejected promise (HostRequestError, message only) on the few that answer with plain data.
 */
export function createIpcHandlers(services: HostServices): Record<Channel, IpcHandler> {
  return Object.fromEntries(CHANNELS.map((channel) => [channel, handlerFor(channel, services)])) as Record<Channel, IpcHandler>;
}
