import type { EncounterType } from '../../../contract/encounters';
import { type SmartInsert, smartInserts, smartInsertToken } from '../../../contract/note-templates';
import type { NoteSection } from '../../../contract/notes';
import type { AcuteSpec, ChronicSpec, Sex } from './catalog/conditions';
import type { Random } from './random';

/**
 * The text of a signed visit note: the practice's note template with its smart inserts expanded the
 * way the note service expands them when a note is started (the chart as it stood before the visit),
 * and each "Label:" line filled with what a physician would type, from sentence pools so no two
 * notes read alike.
 */
export interface NoteContext {
  type: EncounterType;
  sex: Sex;
  ageYears: number;
  /** What the visit was for: a chronic condition's follow-up or an acute complaint. */
  reason: ChronicSpec | AcuteSpec | null;
  procedure: string | null;
  /** Why they came, as the encounter records it. */
  purpose: string;
  /** Conditions on the problem list at the visit. */
  chronic: readonly ChronicSpec[];
  inserts: Record<SmartInsert, string>;
  followUp: string;
}

const general = [
  'Well-appearing, in no distress.',
  'Alert and oriented, pleasant and conversant.',
  'Comfortable, speaking in full sentences.',
  'Well-nourished, well-groomed, in no acute distress.',
];
const headAndNeck = [
  'Tympanic membranes clear; oropharynx without erythema.',
  'Pupils equal and reactive; conjunctivae clear.',
  'Neck supple without lymphadenopathy; thyroid not enlarged.',
  'Oropharynx clear; moist mucous membranes.',
];
const heart = ['Heart regular rate and rhythm, no murmur.', 'Regular rhythm; S1 and S2 normal; no gallop.'];
const lungs = ['Lungs clear to auscultation bilaterally.', 'Good air movement; no wheezes or crackles.'];
const abdomen = ['Abdomen soft, non-tender, no organomegaly.', 'Abdomen soft; bowel sounds normal; no tenderness.'];
const limbs = ['No edema; pulses 2+ and symmetric.', 'Extremities warm; no edema; full range of motion.'];
const skin = ['Skin warm and dry without rash.', 'No suspicious skin lesions.'];

/** Findings a condition adds to the exam. */
const findings: Record<string, string> = {
  atrialFibrillation: 'Irregularly irregular rhythm, rate controlled.',
  heartFailure: 'Trace bilateral ankle edema; no jugular venous distension.',
  copd: 'Diminished breath sounds at the bases; prolonged expiration.',
  asthma: 'Scattered expiratory wheezes with good air movement.',
  osteoarthritis: 'Crepitus in both knees; no effusion.',
  otitisMedia: 'Right tympanic membrane red and bulging.',
  strepPharyngitis: 'Tonsils enlarged with exudate; tender anterior cervical nodes.',
  sinusitis: 'Maxillary sinus tenderness; purulent nasal discharge.',
  uri: 'Nasal congestion; mild pharyngeal erythema; lungs clear.',
  bronchitis: 'Coarse breath sounds that clear with cough; no crackles.',
  uti: 'Mild suprapubic tenderness; no costovertebral angle tenderness.',
  ankleSprain: 'Swelling and tenderness over the right lateral ankle; no bony tenderness at the malleoli.',
  conjunctivitis: 'Left conjunctiva injected with watery discharge; vision intact.',
  acuteBackPain: 'Paraspinal muscle tenderness; straight-leg raise negative; strength and reflexes normal.',
  chronicBackPain: 'Mild lumbar paraspinal tenderness; neurologic exam normal.',
  dermatitis: 'Erythematous papules in linear streaks on both forearms.',
  atopicDermatitis: 'Dry, lichenified patches in the antecubital fossae.',
  acne: 'Comedones and scattered inflammatory papules on the forehead and chin.',
  headache: 'Neurologic exam normal; no neck stiffness.',
};

const generalHistory = [
  'No fever, chills or weight change.',
  'Sleeping and eating well.',
  'Denies chest pain, shortness of breath or palpitations.',
  'No new medicines or supplements since the last visit.',
  'Works full time; stress manageable.',
  'Exercises two or three times a week.',
];
const childHistory = [
  'Growing well and eating a varied diet.',
  'Doing well in school; plays soccer.',
  'Meeting developmental milestones.',
  'Sleeps through the night.',
  'No concerns from parents today.',
];
const screening = (sex: Sex, age: number): string[] => [
  ...(sex === 'female' && age >= 40 ? ['Mammogram up to date.'] : []),
  ...(age >= 45 ? ['Colon cancer screening up to date.'] : []),
  ...(sex === 'female' && age >= 21 && age < 65 ? ['Cervical screening current.'] : []),
  'Seat belt use and home safety reviewed.',
];

const sentence = (random: Random, pool: readonly string[], count: number): string =>
  random.sample(pool, Math.min(count, pool.length)).join(' ');

const chiefComplaint = (context: NoteContext): string => {
  if (context.type === 'annual-physical') return context.ageYears < 18 ? 'Well-child visit.' : 'Annual physical.';
  if (context.procedure) return `${context.procedure}.`;
  if (context.reason) return `${context.reason.complaint}.`;
  return context.purpose === 'New patient visit' ? 'New patient visit; establishing care.' : `${context.purpose}.`;
};

const history = (random: Random, context: NoteContext): string => {
  const parts: string[] = [];
  if (context.type === 'telephone')
    parts.push('Spoke with the patient by phone; identity confirmed with name and date of birth.');
  if (context.reason) parts.push(sentence(random, context.reason.history, 2));
  if (context.type === 'annual-physical') {
    parts.push(context.ageYears < 18 ? sentence(random, childHistory, 2) : 'Here for a yearly exam; feels well.');
    for (const condition of context.chronic.slice(0, 3)) parts.push(random.pick(condition.history));
    if (context.ageYears >= 18) parts.push(sentence(random, screening(context.sex, context.ageYears), 2));
  }
  if (context.purpose === 'New patient visit')
    parts.push('Transferring care; prior records requested.', random.pick(generalHistory));
  parts.push(sentence(random, context.ageYears < 12 ? childHistory : generalHistory, random.int(1, 2)));
  return parts.join(' ');
};

const exam = (random: Random, context: NoteContext): string => {
  if (context.type === 'telephone') return 'Not examined: telephone visit.';
  const keys = [context.reason?.key, ...context.chronic.map((c) => c.key)].filter((key): key is string => !!key);
  const extra = [...new Set(keys)].map((key) => findings[key]).filter((line): line is string => !!line);
  const systems = [general, headAndNeck, heart, lungs, abdomen, limbs, skin];
  const count = context.type === 'annual-physical' ? systems.length : random.int(3, 5);
  return [...random.sample(systems, count).map((pool) => random.pick(pool)), ...extra.slice(0, 2)].join(' ');
};

const assessment = (random: Random, context: NoteContext): string => {
  const parts: string[] = [];
  if (context.type === 'annual-physical')
    parts.push(
      context.ageYears < 18
        ? 'Healthy child; growth and development normal.'
        : 'Healthy adult; preventive care reviewed.',
    );
  if (context.reason) parts.push(random.pick(context.reason.assessment));
  if (context.procedure) parts.push(`${context.procedure}: tolerated well, no complications.`);
  if (context.purpose === 'New patient visit') parts.push('Establishing care; preventive care and records reviewed.');
  for (const condition of context.chronic.filter((c) => c !== context.reason).slice(0, 2))
    parts.push(random.pick(condition.assessment));
  return parts.length > 0 ? parts.join(' ') : 'Stable.';
};

const plan = (random: Random, context: NoteContext): string => {
  const parts: string[] = [];
  if (context.reason) parts.push(sentence(random, context.reason.plan, 2));
  if (context.type === 'annual-physical')
    parts.push(
      'Labs ordered as indicated.',
      'Immunizations reviewed and updated.',
      'Diet and exercise counseling given.',
    );
  if (context.procedure) parts.push('Wound care instructions given; watch for signs of infection.');
  for (const condition of context.chronic.filter((c) => c !== context.reason).slice(0, 2))
    parts.push(random.pick(condition.plan));
  if (parts.length === 0) parts.push('Continue current care.');
  return parts.join(' ');
};

/** What each "Label:" line of a template gets. Labels the generator does not know are left as written. */
const answers = (random: Random, context: NoteContext): Record<string, string> => ({
  'Chief complaint': chiefComplaint(context),
  'History of present illness': history(random, context),
  Exam: exam(random, context),
  Assessment: assessment(random, context),
  Plan: plan(random, context),
  'Follow-up': context.followUp,
});

export const noteSections = (random: Random, template: readonly NoteSection[], context: NoteContext): NoteSection[] => {
  const filled = answers(random, context);
  return template.map((section) => ({
    title: section.title,
    text: section.text
      .split('\n')
      .map((line) => {
        const label = /^([^:{}]+):\s*$/.exec(line)?.[1];
        const answer = label ? filled[label] : undefined;
        return answer ? `${label}: ${answer}` : line;
      })
      .join('\n')
      .replace(/\{\{(\w+)\}\}/g, (token, name: string) =>
        (smartInserts as readonly string[]).includes(name) && token === smartInsertToken(name as SmartInsert)
          ? context.inserts[name as SmartInsert]
          : token,
      ),
  }));
};
