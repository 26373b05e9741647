import { describe, expect, it } from 'vitest';
import { NO_IMPACT, toFacts } from './report';

describe('portal impact questions', () => {
  it('turn into the facts of the severity and priority matrices', () => {
    const facts = toFacts({ ...NO_IMPACT, functionalImpact: 'KeyFunctionalityImpaired', usersUnableToWork: '12', recipientUserCount: '200' });
    expect(facts.impact).toMatchObject({ functionalImpact: 'KeyFunctionalityImpaired', workaroundExists: false, affectedUsers: 12, outage: 'None' });
    expect(facts.reach).toMatchObject({ usersUnableToWork: 12, recipientUserCount: 200, singleUserReducedFunctionalityWithWorkaround: false });
  });

  it('leave out counts nobody gave, and mark one user with a workaround', () => {
    const none = toFacts(NO_IMPACT);
    expect(none.impact).not.toHaveProperty('affectedUsers');
    expect(none.reach).not.toHaveProperty('recipientUserCount');
    expect(toFacts({ ...NO_IMPACT, usersUnableToWork: '1', workaroundExists: true }).reach.singleUserReducedFunctionalityWithWorkaround).toBe(true);
  });
});
