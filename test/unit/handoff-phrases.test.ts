import { describe, expect, it } from 'vitest';
import { detectHandoffIntent, intentPointer, type HandoffIntent } from '../../scripts/core/handoff/handoff-phrases.ts';

describe('detectHandoffIntent', () => {
  it.each<[string, HandoffIntent]>([
    // asking to hand off
    ["let's hand off", 'handoff'],
    ["Let's HAND OFF now", 'handoff'],
    ['handoff please', 'handoff'],
    ['ok, time for a handover', 'handoff'],
    ['save state', 'handoff'],
    ['please save the state before lunch', 'handoff'],
    ['save our progress', 'handoff'],
    ['pause here', 'handoff'],
    ['we should pause here and continue tomorrow', 'handoff'],
    ['context is getting full', 'handoff'],
    ['the context is tight, what now?', 'handoff'],
    ["we're running out of context", 'handoff'],
    ['wrap up for today', 'handoff'],
    ['SAVE MY PROGRESS', 'handoff'],
    ['Pause Here', 'handoff'],
    ['CONTEXT IS FULL', 'handoff'],
    ['Running Out Of Context', 'handoff'],
    ['WRAP UP FOR NOW', 'handoff'],
    ['HandOver', 'handoff'],
    // asking to resume
    ['resume workflow', 'resume'],
    ['RESUME MY HANDOFF', 'resume'],
    ['PICK UP WHERE WE LEFT OFF', 'resume'],
    ['Where Were We', 'resume'],
    ['resume the work from yesterday', 'resume'],
    ['continue where we left off', 'resume'],
    ['Continue where I left off please', 'resume'],
    ['pick up where we left off', 'resume'],
    ['where were we?', 'resume'],
    // ordinary prompts
    ['Refactor billing', null],
    ['fix the failing test in src/session.ts', null],
    ['the handoffs table needs an index', null],
    ['add an offhand remark to the docs', null],
    ['save the file and run the tests', null],
    ['resume parsing should handle PDFs', null],
    ['', null],
    // the words of a phrase in another order, or apart: no phrase
    ['the context window is 200K; save it for later', null],
    ['hand me the logs, where were the errors?', null],
    // slash commands are already the explicit form
    ['/workflow:handoff', null],
    ['/workflow:resume refactor-billing-20260314-120000', null],
    ['  /compact keep the handoff notes', null],
    ['/clear', null],
  ])('%j → %s', (prompt, intent) => {
    expect(detectHandoffIntent(prompt)).toBe(intent);
  });
});

describe('intentPointer', () => {
  it.each<[Exclude<HandoffIntent, null>, string]>([
    ['handoff', '/workflow:handoff'],
    ['resume', '/workflow:resume'],
  ])('%s: one line naming %s', (intent, command) => {
    const pointer = intentPointer(intent);
    expect(pointer).toContain(command);
    expect(pointer).not.toContain('\n');
    expect(pointer).toMatch(/^\[workflow\] /);
  });
});
