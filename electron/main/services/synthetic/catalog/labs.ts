import type { Random } from '../random';
import type { Sex } from './conditions';

/**
 * Lab panels as a clinic types them in: analytes with their units and the lab's reference range,
 * values drawn around normal and shifted by the patient's conditions (a diabetic's A1c, a kidney
 * patient's creatinine), so flags appear where a clinician would expect them.
 */
export interface LabContext {
  random: Random;
  sex: Sex;
  age: number;
  /** Condition keys (conditions.ts) the patient has at the time of the draw. */
  has: (condition: string) => boolean;
}

export interface AnalyteSpec {
  analyte: string;
  unit: string;
  range: (sex: Sex) => string;
  value: (context: LabContext) => string;
}

export interface PanelSpec {
  name: string;
  analytes: readonly AnalyteSpec[];
}

const fixed = (value: number, decimals: number) => value.toFixed(decimals);
const around = (context: LabContext, mean: number, sd: number, decimals: number, low = 0) =>
  fixed(Math.max(low, context.random.normal(mean, sd)), decimals);
const range = (text: string) => () => text;
/** A dipstick answer: mostly the normal word, sometimes not. */
const dipstick =
  (abnormal: readonly string[], chance: (context: LabContext) => number) =>
  (context: LabContext): string =>
    context.random.chance(chance(context)) ? context.random.pick(abnormal) : 'Negative';

const sodium: AnalyteSpec = {
  analyte: 'Sodium',
  unit: 'mmol/L',
  range: range('136-145'),
  value: (c) => around(c, 139.5, 2.2, 0),
};
const potassium: AnalyteSpec = {
  analyte: 'Potassium',
  unit: 'mmol/L',
  range: range('3.5-5.1'),
  value: (c) => around(c, c.has('ckd') || c.has('heartFailure') ? 4.7 : 4.2, 0.35, 1),
};
const chloride: AnalyteSpec = {
  analyte: 'Chloride',
  unit: 'mmol/L',
  range: range('98-107'),
  value: (c) => around(c, 102, 2.5, 0),
};
const carbonDioxide: AnalyteSpec = {
  analyte: 'Carbon dioxide',
  unit: 'mmol/L',
  range: range('22-29'),
  value: (c) => around(c, 25.5, 2, 0),
};
const urea: AnalyteSpec = {
  analyte: 'BUN',
  unit: 'mg/dL',
  range: range('7-20'),
  value: (c) => around(c, c.has('ckd') ? 28 : 14, c.has('ckd') ? 6 : 3.5, 0, 4),
};
const creatinine: AnalyteSpec = {
  analyte: 'Creatinine',
  unit: 'mg/dL',
  range: (sex) => (sex === 'female' ? '0.59-1.04' : '0.74-1.35'),
  value: (c) => around(c, c.has('ckd') ? 1.65 : c.sex === 'female' ? 0.8 : 1.0, c.has('ckd') ? 0.25 : 0.13, 2, 0.3),
};
const glucose: AnalyteSpec = {
  analyte: 'Glucose',
  unit: 'mg/dL',
  range: range('70-99'),
  value: (c) => around(c, c.has('diabetes') ? 148 : c.has('prediabetes') ? 106 : 90, c.has('diabetes') ? 32 : 9, 0, 55),
};
const calcium: AnalyteSpec = {
  analyte: 'Calcium',
  unit: 'mg/dL',
  range: range('8.6-10.3'),
  value: (c) => around(c, 9.4, 0.35, 1),
};
const basicMetabolic = [sodium, potassium, chloride, carbonDioxide, urea, creatinine, glucose, calcium];

export const labPanels = {
  bmp: { name: 'Basic metabolic panel', analytes: basicMetabolic },
  cmp: {
    name: 'Comprehensive metabolic panel',
    analytes: [
      ...basicMetabolic,
      { analyte: 'Total protein', unit: 'g/dL', range: range('6.0-8.3'), value: (c) => around(c, 7.1, 0.4, 1) },
      { analyte: 'Albumin', unit: 'g/dL', range: range('3.5-5.0'), value: (c) => around(c, 4.2, 0.3, 1) },
      {
        analyte: 'Bilirubin, total',
        unit: 'mg/dL',
        range: range('0.1-1.2'),
        value: (c) => around(c, 0.6, 0.25, 1, 0.1),
      },
      {
        analyte: 'Alkaline phosphatase',
        unit: 'U/L',
        range: range('44-147'),
        value: (c) => around(c, 80, 22, 0, 30),
      },
      { analyte: 'ALT', unit: 'U/L', range: range('7-56'), value: (c) => around(c, 26, 12, 0, 6) },
      { analyte: 'AST', unit: 'U/L', range: range('10-40'), value: (c) => around(c, 24, 8, 0, 8) },
    ],
  },
  lipid: {
    name: 'Lipid panel',
    analytes: [
      {
        analyte: 'Total cholesterol',
        unit: 'mg/dL',
        range: range('<200'),
        value: (c) => around(c, c.has('hyperlipidemia') ? 215 : 182, 28, 0, 100),
      },
      {
        analyte: 'LDL cholesterol',
        unit: 'mg/dL',
        range: range('<100'),
        value: (c) => around(c, c.has('hyperlipidemia') ? 128 : 98, 26, 0, 35),
      },
      {
        analyte: 'HDL cholesterol',
        unit: 'mg/dL',
        range: range('>40'),
        value: (c) => around(c, c.sex === 'female' ? 58 : 47, 11, 0, 22),
      },
      {
        analyte: 'Triglycerides',
        unit: 'mg/dL',
        range: range('<150'),
        value: (c) => around(c, c.has('diabetes') || c.has('obesity') ? 175 : 120, 45, 0, 40),
      },
    ],
  },
  cbc: {
    name: 'Complete blood count',
    analytes: [
      { analyte: 'WBC', unit: '10*3/uL', range: range('4.5-11.0'), value: (c) => around(c, 7.1, 1.6, 1, 2.5) },
      {
        analyte: 'Hemoglobin',
        unit: 'g/dL',
        range: (sex) => (sex === 'female' ? '12.0-15.5' : '13.5-17.5'),
        value: (c) => around(c, c.has('ironDeficiencyAnemia') ? 10.8 : c.sex === 'female' ? 13.6 : 15.2, 1.0, 1, 7),
      },
      {
        analyte: 'Hematocrit',
        unit: '%',
        range: (sex) => (sex === 'female' ? '35.5-44.9' : '38.3-48.6'),
        value: (c) => around(c, c.has('ironDeficiencyAnemia') ? 33.5 : c.sex === 'female' ? 40.5 : 44.5, 2.6, 1, 22),
      },
      { analyte: 'Platelets', unit: '10*3/uL', range: range('150-400'), value: (c) => around(c, 260, 55, 0, 90) },
    ],
  },
  a1c: {
    name: 'Hemoglobin A1c',
    analytes: [
      {
        analyte: 'Hemoglobin A1c',
        unit: '%',
        range: range('4.0-5.6'),
        value: (c) =>
          around(c, c.has('diabetes') ? 7.3 : c.has('prediabetes') ? 6.0 : 5.3, c.has('diabetes') ? 0.9 : 0.25, 1, 4.2),
      },
    ],
  },
  tsh: {
    name: 'Thyroid stimulating hormone',
    analytes: [
      {
        analyte: 'TSH',
        unit: 'mIU/L',
        range: range('0.40-4.50'),
        value: (c) => around(c, c.has('hypothyroidism') ? 3.2 : 1.9, c.has('hypothyroidism') ? 1.8 : 0.8, 2, 0.05),
      },
    ],
  },
  urinalysis: {
    name: 'Urinalysis',
    analytes: [
      {
        analyte: 'Specific gravity',
        unit: '',
        range: range('1.005-1.030'),
        value: (c) => around(c, 1.018, 0.006, 3, 1.001),
      },
      { analyte: 'pH', unit: '', range: range('5.0-8.0'), value: (c) => around(c, 6.0, 0.6, 1, 4.5) },
      {
        analyte: 'Protein',
        unit: '',
        range: range('Negative'),
        value: dipstick(['Trace', '1+'], (c) => (c.has('ckd') || c.has('diabetes') ? 0.35 : 0.05)),
      },
      {
        analyte: 'Glucose, urine',
        unit: '',
        range: range('Negative'),
        value: dipstick(['1+', '2+'], (c) => (c.has('diabetes') ? 0.2 : 0.01)),
      },
      {
        analyte: 'Leukocyte esterase',
        unit: '',
        range: range('Negative'),
        value: dipstick(['Trace', 'Small'], (c) => (c.sex === 'female' ? 0.08 : 0.03)),
      },
      { analyte: 'Nitrite', unit: '', range: range('Negative'), value: dipstick(['Positive'], () => 0.03) },
    ],
  },
  vitaminD: {
    name: 'Vitamin D, 25-hydroxy',
    analytes: [
      {
        analyte: 'Vitamin D, 25-hydroxy',
        unit: 'ng/mL',
        range: range('30-100'),
        value: (c) => around(c, c.has('vitaminDDeficiency') ? 24 : 34, 9, 0, 6),
      },
    ],
  },
  psa: {
    name: 'Prostate specific antigen',
    analytes: [
      {
        analyte: 'PSA',
        unit: 'ng/mL',
        range: range('0.0-4.0'),
        value: (c) => around(c, c.has('bph') ? 2.9 : 1.3, c.has('bph') ? 1.2 : 0.7, 1, 0.1),
      },
    ],
  },
} satisfies Record<string, PanelSpec>;

export type LabPanelKey = keyof typeof labPanels;

/** Where panels typed in by the clinic come from. */
export const performingLabs = ['Springfield Reference Lab', 'Prairie Clinical Laboratories', 'Riverside Hospital Lab'];
