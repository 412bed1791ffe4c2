import rxNormDrugs from '../../../../../resources/code-sets/rxnorm-drugs.json' with { type: 'json' };
import type { MedicationRoute } from '../../../../contract/medications';

/**
 * The drugs synthetic charts prescribe, each coded from the RxNorm starter list shipped in
 * resources/code-sets (stored under the list's own name, as the medication service stores a picked
 * drug), with the strengths and directions a prescriber would write.
 */
export interface DrugSpec {
  rxcui: string;
  name: string;
  strengths: readonly string[];
  doseAmount: number;
  doseUnit: string;
  route: MedicationRoute;
  frequency: string;
  sig: string;
  quantity: string;
  /** Days of a short course (antibiotics); absent for a long-term medicine. */
  courseDays?: number;
  /** Drugs of one kind (statins, blood thinners): a patient takes one of a kind at a time. */
  group?: string;
}

const byName = new Map(
  (rxNormDrugs as { code: string; name: string }[]).map((row) => [row.name.toLowerCase(), row] as const),
);

const drug = (ingredient: string, rest: Omit<DrugSpec, 'rxcui' | 'name'>): DrugSpec => {
  const row = byName.get(ingredient.toLowerCase());
  if (!row) throw new Error(`The synthetic drug "${ingredient}" is not in the RxNorm starter list.`);
  return { rxcui: row.code, name: row.name, ...rest };
};

const tablet = (frequency: string, sig: string, quantity = '90 tablets') =>
  ({ doseAmount: 1, doseUnit: 'tablet', route: 'oral', frequency, sig, quantity }) as const;
const capsule = (frequency: string, sig: string, quantity = '90 capsules') =>
  ({ doseAmount: 1, doseUnit: 'capsule', route: 'oral', frequency, sig, quantity }) as const;

export const drugs = {
  lisinopril: drug('lisinopril', {
    group: 'raas',
    strengths: ['10 mg', '20 mg', '40 mg'],
    ...tablet('once daily', 'Take 1 tablet by mouth daily'),
  }),
  amlodipine: drug('amlodipine', {
    strengths: ['5 mg', '10 mg'],
    ...tablet('once daily', 'Take 1 tablet by mouth daily'),
  }),
  losartan: drug('losartan', {
    group: 'raas',
    strengths: ['50 mg', '100 mg'],
    ...tablet('once daily', 'Take 1 tablet by mouth daily'),
  }),
  hydrochlorothiazide: drug('hydrochlorothiazide', {
    strengths: ['12.5 mg', '25 mg'],
    ...tablet('once daily', 'Take 1 tablet by mouth every morning'),
  }),
  metoprolol: drug('metoprolol', {
    group: 'beta-blocker',
    strengths: ['25 mg', '50 mg'],
    ...tablet('twice daily', 'Take 1 tablet by mouth twice daily', '180 tablets'),
  }),
  atorvastatin: drug('atorvastatin', {
    group: 'statin',
    strengths: ['10 mg', '20 mg', '40 mg', '80 mg'],
    ...tablet('once daily at bedtime', 'Take 1 tablet by mouth at bedtime'),
  }),
  rosuvastatin: drug('rosuvastatin', {
    group: 'statin',
    strengths: ['10 mg', '20 mg'],
    ...tablet('once daily', 'Take 1 tablet by mouth daily'),
  }),
  simvastatin: drug('simvastatin', {
    group: 'statin',
    strengths: ['20 mg', '40 mg'],
    ...tablet('once daily in the evening', 'Take 1 tablet by mouth every evening'),
  }),
  metformin: drug('metformin', {
    strengths: ['500 mg', '1000 mg'],
    ...tablet('twice daily with meals', 'Take 1 tablet by mouth twice daily with meals', '180 tablets'),
  }),
  glipizide: drug('glipizide', {
    strengths: ['5 mg', '10 mg'],
    ...tablet('once daily before breakfast', 'Take 1 tablet by mouth before breakfast'),
  }),
  insulinGlargine: drug('insulin glargine', {
    strengths: ['100 units/mL'],
    doseAmount: 20,
    doseUnit: 'units',
    route: 'subcutaneous',
    frequency: 'once daily at bedtime',
    sig: 'Inject 20 units under the skin at bedtime',
    quantity: '15 mL',
  }),
  sitagliptin: drug('sitagliptin', { strengths: ['100 mg'], ...tablet('once daily', 'Take 1 tablet by mouth daily') }),
  albuterol: drug('albuterol', {
    strengths: ['90 mcg/actuation'],
    doseAmount: 2,
    doseUnit: 'puff',
    route: 'inhaled',
    frequency: 'every 4 to 6 hours as needed',
    sig: 'Inhale 2 puffs every 4 to 6 hours as needed for wheezing',
    quantity: '1 inhaler',
  }),
  fluticasoneInhaled: drug('fluticasone', {
    strengths: ['110 mcg/actuation'],
    doseAmount: 2,
    doseUnit: 'puff',
    route: 'inhaled',
    frequency: 'twice daily',
    sig: 'Inhale 2 puffs twice daily; rinse mouth after use',
    quantity: '1 inhaler',
  }),
  fluticasoneNasal: drug('fluticasone', {
    strengths: ['50 mcg/spray'],
    doseAmount: 2,
    doseUnit: 'spray',
    route: 'nasal',
    frequency: 'once daily',
    sig: '2 sprays in each nostril daily',
    quantity: '1 bottle',
  }),
  montelukast: drug('montelukast', {
    strengths: ['10 mg'],
    ...tablet('once daily in the evening', 'Take 1 tablet by mouth every evening'),
  }),
  sertraline: drug('sertraline', {
    group: 'ssri',
    strengths: ['50 mg', '100 mg'],
    ...tablet('once daily', 'Take 1 tablet by mouth daily'),
  }),
  escitalopram: drug('escitalopram', {
    group: 'ssri',
    strengths: ['10 mg', '20 mg'],
    ...tablet('once daily', 'Take 1 tablet by mouth daily'),
  }),
  fluoxetine: drug('fluoxetine', {
    group: 'ssri',
    strengths: ['20 mg', '40 mg'],
    ...capsule('once daily', 'Take 1 capsule by mouth every morning'),
  }),
  bupropion: drug('bupropion', {
    strengths: ['150 mg', '300 mg'],
    ...tablet('once daily', 'Take 1 tablet by mouth every morning'),
  }),
  buspirone: drug('buspirone', {
    strengths: ['10 mg', '15 mg'],
    ...tablet('twice daily', 'Take 1 tablet by mouth twice daily', '180 tablets'),
  }),
  hydroxyzine: drug('hydroxyzine', {
    strengths: ['25 mg'],
    ...tablet('every 8 hours as needed', 'Take 1 tablet by mouth every 8 hours as needed for anxiety', '30 tablets'),
  }),
  levothyroxine: drug('levothyroxine', {
    strengths: ['50 mcg', '75 mcg', '88 mcg', '100 mcg', '112 mcg'],
    ...tablet('once daily before breakfast', 'Take 1 tablet by mouth on an empty stomach every morning'),
  }),
  omeprazole: drug('omeprazole', {
    group: 'acid',
    strengths: ['20 mg', '40 mg'],
    ...capsule('once daily before breakfast', 'Take 1 capsule by mouth before breakfast'),
  }),
  pantoprazole: drug('pantoprazole', {
    group: 'acid',
    strengths: ['40 mg'],
    ...tablet('once daily', 'Take 1 tablet by mouth daily before breakfast'),
  }),
  famotidine: drug('famotidine', {
    group: 'acid',
    strengths: ['20 mg'],
    ...tablet('twice daily', 'Take 1 tablet by mouth twice daily', '60 tablets'),
  }),
  acetaminophen: drug('acetaminophen', {
    group: 'analgesic',
    strengths: ['500 mg'],
    doseAmount: 2,
    doseUnit: 'tablet',
    route: 'oral',
    frequency: 'every 6 hours as needed',
    sig: 'Take 2 tablets by mouth every 6 hours as needed for pain; no more than 6 a day',
    quantity: '100 tablets',
  }),
  meloxicam: drug('meloxicam', {
    group: 'nsaid',
    strengths: ['7.5 mg', '15 mg'],
    ...tablet('once daily with food', 'Take 1 tablet by mouth daily with food'),
  }),
  apixaban: drug('apixaban', {
    group: 'anticoagulant',
    strengths: ['5 mg'],
    ...tablet('twice daily', 'Take 1 tablet by mouth twice daily', '180 tablets'),
  }),
  warfarin: drug('warfarin', {
    group: 'anticoagulant',
    strengths: ['5 mg'],
    ...tablet('once daily', 'Take as directed by the anticoagulation clinic'),
  }),
  tiotropium: drug('tiotropium', {
    strengths: ['18 mcg'],
    doseAmount: 1,
    doseUnit: 'capsule',
    route: 'inhaled',
    frequency: 'once daily',
    sig: 'Inhale the contents of 1 capsule daily',
    quantity: '30 capsules',
  }),
  tamsulosin: drug('tamsulosin', {
    strengths: ['0.4 mg'],
    ...capsule('once daily after supper', 'Take 1 capsule by mouth 30 minutes after supper'),
  }),
  finasteride: drug('finasteride', { strengths: ['5 mg'], ...tablet('once daily', 'Take 1 tablet by mouth daily') }),
  alendronate: drug('alendronate', {
    strengths: ['70 mg'],
    ...tablet('once weekly', 'Take 1 tablet weekly with a full glass of water; stay upright 30 minutes', '12 tablets'),
  }),
  cholecalciferol: drug('cholecalciferol', {
    strengths: ['1000 IU', '2000 IU'],
    ...tablet('once daily', 'Take 1 tablet by mouth daily'),
  }),
  methylphenidate: drug('methylphenidate', {
    strengths: ['18 mg', '36 mg'],
    ...tablet('once daily in the morning', 'Take 1 tablet by mouth every morning', '30 tablets'),
  }),
  cetirizine: drug('cetirizine', {
    group: 'antihistamine',
    strengths: ['10 mg'],
    ...tablet('once daily', 'Take 1 tablet by mouth daily as needed for allergies'),
  }),
  loratadine: drug('loratadine', {
    group: 'antihistamine',
    strengths: ['10 mg'],
    ...tablet('once daily', 'Take 1 tablet by mouth daily'),
  }),
  sumatriptan: drug('sumatriptan', {
    strengths: ['50 mg', '100 mg'],
    ...tablet(
      'as needed for migraine',
      'Take 1 tablet at onset of migraine; may repeat once after 2 hours',
      '9 tablets',
    ),
  }),
  topiramate: drug('topiramate', {
    strengths: ['25 mg', '50 mg'],
    ...tablet('twice daily', 'Take 1 tablet by mouth twice daily', '60 tablets'),
  }),
  aspirin: drug('aspirin', { strengths: ['81 mg'], ...tablet('once daily', 'Take 1 tablet by mouth daily') }),
  clopidogrel: drug('clopidogrel', { strengths: ['75 mg'], ...tablet('once daily', 'Take 1 tablet by mouth daily') }),
  furosemide: drug('furosemide', {
    strengths: ['20 mg', '40 mg'],
    ...tablet('once daily', 'Take 1 tablet by mouth every morning'),
  }),
  carvedilol: drug('carvedilol', {
    group: 'beta-blocker',
    strengths: ['6.25 mg', '12.5 mg'],
    ...tablet('twice daily with food', 'Take 1 tablet by mouth twice daily with food', '180 tablets'),
  }),
  spironolactone: drug('spironolactone', {
    strengths: ['25 mg'],
    ...tablet('once daily', 'Take 1 tablet by mouth daily'),
  }),
  trazodone: drug('trazodone', {
    strengths: ['50 mg'],
    ...tablet('at bedtime as needed', 'Take 1 tablet by mouth at bedtime as needed for sleep', '30 tablets'),
  }),
  cyclobenzaprine: drug('cyclobenzaprine', {
    strengths: ['10 mg'],
    ...tablet('at bedtime as needed', 'Take 1 tablet by mouth at bedtime as needed for muscle spasm', '20 tablets'),
    courseDays: 10,
  }),
  ibuprofen: drug('ibuprofen', {
    group: 'nsaid',
    strengths: ['600 mg'],
    ...tablet('every 8 hours with food', 'Take 1 tablet by mouth every 8 hours with food for 7 days', '21 tablets'),
    courseDays: 7,
  }),
  naproxen: drug('naproxen', {
    group: 'nsaid',
    strengths: ['500 mg'],
    ...tablet('twice daily with food', 'Take 1 tablet by mouth twice daily with food', '20 tablets'),
    courseDays: 10,
  }),
  gabapentin: drug('gabapentin', {
    strengths: ['300 mg'],
    ...capsule('three times daily', 'Take 1 capsule by mouth three times daily', '270 capsules'),
  }),
  duloxetine: drug('duloxetine', {
    strengths: ['30 mg', '60 mg'],
    ...capsule('once daily', 'Take 1 capsule by mouth daily'),
  }),
  ferrousSulfate: drug('ferrous sulfate', {
    strengths: ['325 mg'],
    ...tablet('once daily', 'Take 1 tablet by mouth daily with orange juice'),
  }),
  varenicline: drug('varenicline', {
    strengths: ['1 mg'],
    ...tablet('twice daily', 'Take 1 tablet by mouth twice daily after meals', '56 tablets'),
  }),
  triamcinolone: drug('triamcinolone', {
    strengths: ['0.1% cream'],
    doseAmount: 1,
    doseUnit: 'application',
    route: 'topical',
    frequency: 'twice daily',
    sig: 'Apply a thin layer to affected skin twice daily for up to 2 weeks',
    quantity: '30 g tube',
    courseDays: 14,
  }),
  clindamycinTopical: drug('clindamycin', {
    strengths: ['1% gel'],
    doseAmount: 1,
    doseUnit: 'application',
    route: 'topical',
    frequency: 'twice daily',
    sig: 'Apply a thin layer to the face twice daily',
    quantity: '60 g tube',
  }),
  amoxicillin: drug('amoxicillin', {
    strengths: ['500 mg'],
    ...capsule('twice daily', 'Take 1 capsule by mouth twice daily for 10 days', '20 capsules'),
    courseDays: 10,
  }),
  amoxicillinSuspension: drug('amoxicillin', {
    strengths: ['400 mg/5 mL'],
    doseAmount: 5,
    doseUnit: 'mL',
    route: 'oral',
    frequency: 'twice daily',
    sig: 'Give 5 mL by mouth twice daily for 10 days',
    quantity: '100 mL',
    courseDays: 10,
  }),
  amoxicillinClavulanate: drug('amoxicillin / clavulanate', {
    strengths: ['875 mg / 125 mg'],
    ...tablet('twice daily', 'Take 1 tablet by mouth twice daily for 10 days', '20 tablets'),
    courseDays: 10,
  }),
  azithromycin: drug('azithromycin', {
    strengths: ['250 mg'],
    doseAmount: 2,
    doseUnit: 'tablet',
    route: 'oral',
    frequency: 'once daily',
    sig: 'Take 2 tablets on day 1, then 1 tablet daily for 4 days',
    quantity: '6 tablets',
    courseDays: 5,
  }),
  cephalexin: drug('cephalexin', {
    strengths: ['500 mg'],
    ...capsule('twice daily', 'Take 1 capsule by mouth twice daily for 7 days', '14 capsules'),
    courseDays: 7,
  }),
  nitrofurantoin: drug('nitrofurantoin', {
    strengths: ['100 mg'],
    ...capsule('twice daily', 'Take 1 capsule by mouth twice daily for 5 days', '10 capsules'),
    courseDays: 5,
  }),
  benzonatate: drug('benzonatate', {
    strengths: ['100 mg'],
    ...capsule(
      'three times daily as needed',
      'Take 1 capsule by mouth three times daily as needed for cough',
      '21 capsules',
    ),
    courseDays: 7,
  }),
  prednisone: drug('prednisone', {
    strengths: ['20 mg'],
    doseAmount: 2,
    doseUnit: 'tablet',
    route: 'oral',
    frequency: 'once daily',
    sig: 'Take 2 tablets by mouth daily for 5 days',
    quantity: '10 tablets',
    courseDays: 5,
  }),
} satisfies Record<string, DrugSpec>;

export type DrugKey = keyof typeof drugs;

/** Antibiotics a penicillin allergy rules out, and what is prescribed instead. */
export const penicillins: ReadonlySet<DrugKey> = new Set([
  'amoxicillin',
  'amoxicillinSuspension',
  'amoxicillinClavulanate',
]);
