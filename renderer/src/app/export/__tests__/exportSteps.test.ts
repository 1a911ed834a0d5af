import { describe, expect, test } from 'vitest';
import { plannedSteps, stepKey, stepStates } from '../exportSteps.ts';

describe('the export progress list', () => {
  test('plans the host order: check, render each format, then write each', () => {
    expect(plannedSteps(['docx', 'pdf'])).toEqual(['checking', 'docx.building', 'pdf.layout', 'pdf.printing', 'docx.written', 'pdf.written']);
    expect(plannedSteps(['pdf'])).toEqual(['checking', 'pdf.layout', 'pdf.printing', 'pdf.written']);
  });

  test('names the step of an event, and none for a step its format does not have', () => {
    expect(stepKey({ exportId: 'e', step: 'checking' })).toBe('checking');
    expect(stepKey({ exportId: 'e', step: 'printing', format: 'pdf' })).toBe('pdf.printing');
    expect(stepKey({ exportId: 'e', step: 'printing', format: 'docx' })).toBeUndefined();
    expect(stepKey({ exportId: 'e', step: 'written' })).toBeUndefined();
  });

  test('everything before the furthest step reached is done, that one is under way, the rest wait', () => {
    const plan = plannedSteps(['docx', 'pdf']);
    expect(stepStates(plan, new Set(), false)).toEqual(['waiting', 'waiting', 'waiting', 'waiting', 'waiting', 'waiting']);
    // An event lost or late (the layout step) does not hold the list back.
    expect(stepStates(plan, new Set(['checking', 'pdf.printing'] as const), false)).toEqual(['done', 'done', 'done', 'active', 'waiting', 'waiting']);
    expect(stepStates(plan, new Set(['checking'] as const), true)).toEqual(plan.map(() => 'done'));
  });
});
