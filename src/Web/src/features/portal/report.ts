/** The impact questions of the portal's report form, turned into the `impact` and `reach` facts triage reads. */

export interface ImpactAnswers {
  outage: 'None' | 'Partial' | 'ProductionOutage';
  functionalImpact: 'None' | 'MinorOrModerate' | 'KeyFunctionalityImpaired';
  workaroundExists: boolean;
  securityImpact: 'None' | 'Minor' | 'Major';
  severalPartnersLostConnectivity: boolean;
  majorFinancialRisk: boolean;
  usersUnableToWork: string;
  recipientUserCount: string;
  areasOutsideRecipientAffected: boolean;
  namedPowerUserUnableToWork: boolean;
  businessUnitAffected: boolean;
}

export const NO_IMPACT: ImpactAnswers = {
  outage: 'None',
  functionalImpact: 'MinorOrModerate',
  workaroundExists: false,
  securityImpact: 'None',
  severalPartnersLostConnectivity: false,
  majorFinancialRisk: false,
  usersUnableToWork: '',
  recipientUserCount: '',
  areasOutsideRecipientAffected: false,
  namedPowerUserUnableToWork: false,
  businessUnitAffected: false,
};

const count = (text: string): number | undefined => {
  const n = Number(text);
  return text.trim() !== '' && Number.isInteger(n) && n >= 0 ? n : undefined;
};

export function toFacts(a: ImpactAnswers) {
  const users = count(a.usersUnableToWork);
  return {
    impact: {
      outage: a.outage,
      functionalImpact: a.functionalImpact,
      workaroundExists: a.workaroundExists,
      securityImpact: a.securityImpact,
      severalPartnersLostConnectivity: a.severalPartnersLostConnectivity,
      majorFinancialRisk: a.majorFinancialRisk,
      ...(users !== undefined ? { affectedUsers: users } : {}),
    },
    reach: {
      usersUnableToWork: users ?? 0,
      ...(count(a.recipientUserCount) !== undefined ? { recipientUserCount: count(a.recipientUserCount) } : {}),
      areasOutsideRecipientAffected: a.areasOutsideRecipientAffected,
      namedPowerUserUnableToWork: a.namedPowerUserUnableToWork,
      businessUnitAffected: a.businessUnitAffected,
      singleUserReducedFunctionalityWithWorkaround: users === 1 && a.workaroundExists && a.functionalImpact !== 'KeyFunctionalityImpaired',
    },
  };
}
